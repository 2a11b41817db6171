import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { assertAccessible } from '../support/axe.ts';
import { assertPage } from './page.ts';

export async function goToServiceAccounts(page: Page): Promise<void> {
  await page.goto('/admin/service-accounts');
  await assertPage(page, 'Service accounts');
}

export async function clickCreateServiceAccount(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Create a service account' }).click();
  await page.getByRole('dialog', { name: 'Create a service account' }).waitFor();
  await assertAccessible(page);
}

export async function fillServiceAccountForm(
  page: Page,
  input: { clientId: string; name: string; roles: string[] },
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Create a service account' });
  await dialog.getByRole('textbox', { name: 'Client id' }).fill(input.clientId);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(input.name);
  for (const role of input.roles) await dialog.getByRole('checkbox', { name: role, exact: true }).check();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
}

/** Waits for the secret-once dialog, checks its warning, and answers the secret it shows. */
export async function readSecretOnce(page: Page): Promise<string> {
  const dialog = page.getByTestId('secret-dialog');
  await dialog.waitFor();
  await dialog.getByText(/shown only this once/).waitFor();
  await dialog.getByRole('button', { name: 'Copy' }).waitFor();
  await assertAccessible(page);
  const secret = (await page.getByTestId('secret-value').innerText()).trim();
  expect(secret.length).toBeGreaterThanOrEqual(20);
  return secret;
}

export async function closeSecretDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'I have stored it, close' }).click();
  await page.getByTestId('secret-dialog').waitFor({ state: 'detached' });
}

export async function assertSecretGone(page: Page, secret: string): Promise<void> {
  await expect.poll(() => page.locator('body').innerText()).not.toContain(secret);
  expect(await page.content()).not.toContain(secret);
}

export async function clickServiceAccount(page: Page, clientId: string, name: string): Promise<void> {
  await page.getByRole('table', { name: 'Service accounts' }).getByRole('link', { name: clientId }).click();
  await assertPage(page, `Service account ${name}`);
}

export async function rotateServiceAccountSecret(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Rotate the secret key' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Rotate the secret key' }).click();
}
