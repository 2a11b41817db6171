import { describe, expect } from 'vitest';
import {
  assertSecretGone,
  clickCreateServiceAccount,
  clickServiceAccount,
  closeSecretDialog,
  fillServiceAccountForm,
  goToServiceAccounts,
  readSecretOnce,
  rotateServiceAccountSecret,
} from '../helpers/admin-service-accounts.ts';
import { signInAsAdmin } from '../helpers/auth.ts';
import { uniqueName } from '../support/api-client.ts';
import { test } from '../support/browser.ts';
import { baseUrl } from '../support/env.ts';

/** Signs in as the service account through MOSIP's client-secret endpoint; answers the HTTP status. */
async function clientSecretLogin(clientId: string, secretKey: string): Promise<number> {
  const res = await fetch(`${baseUrl}/v1/authmanager/authenticate/clientidsecretkey`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ request: { clientId, secretKey } }),
  });
  return res.status;
}

describe('Admin: service accounts', () => {
  test('the admin creates a service account and sees its secret once; rotating shows a new one', async ({
    page,
  }) => {
    const clientId = uniqueName('ida-client.');
    const name = 'ID authentication';
    await signInAsAdmin(page);
    await goToServiceAccounts(page);
    await clickCreateServiceAccount(page);
    await fillServiceAccountForm(page, { clientId, name, roles: ['ID authentication service'] });

    const secret = await readSecretOnce(page);
    expect(await page.getByTestId('secret-dialog').innerText()).toContain(clientId);
    expect(await clientSecretLogin(clientId, secret)).toBe(200);

    await closeSecretDialog(page);
    await assertSecretGone(page, secret);
    await page
      .getByRole('table', { name: 'Service accounts' })
      .getByRole('link', { name: clientId })
      .waitFor();

    // A reload does not bring it back either (it is not cached anywhere).
    await page.reload();
    await page
      .getByRole('table', { name: 'Service accounts' })
      .getByRole('link', { name: clientId })
      .waitFor();
    await assertSecretGone(page, secret);

    await clickServiceAccount(page, clientId, name);
    await rotateServiceAccountSecret(page);
    const rotated = await readSecretOnce(page);
    expect(rotated).not.toBe(secret);
    await closeSecretDialog(page);
    await assertSecretGone(page, rotated);
    expect(await clientSecretLogin(clientId, secret)).toBe(401);
    expect(await clientSecretLogin(clientId, rotated)).toBe(200);
  });

  test('the create form offers only service and admin roles and checks the client id', async ({ page }) => {
    await signInAsAdmin(page);
    await goToServiceAccounts(page);
    await clickCreateServiceAccount(page);
    const dialog = page.getByRole('dialog', { name: 'Create a service account' });
    // Partner roles are not offered at all.
    expect(await dialog.getByRole('checkbox', { name: 'Authentication partner', exact: true }).count()).toBe(
      0,
    );
    await dialog.getByRole('textbox', { name: 'Client id' }).fill('bad id with spaces');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('x');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Client id' }).getAttribute('aria-invalid'))
      .toBe('true');
    await dialog.getByText('Choose at least one role.').waitFor();
  });
});
