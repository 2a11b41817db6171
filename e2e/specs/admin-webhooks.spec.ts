import { describe, expect } from 'vitest';
import { assertSecretGone, closeSecretDialog, readSecretOnce } from '../helpers/admin-service-accounts.ts';
import {
  clickRegisterWebhook,
  clickRetry,
  clickWebhook,
  confirmDialog,
  fillWebhookForm,
  goToOutbox,
  goToWebhooks,
  seedPolicyUpdatedEvent,
  webhookRow,
} from '../helpers/admin-webhooks.ts';
import { signInAsAdmin } from '../helpers/auth.ts';
import { assertPage } from '../helpers/page.ts';
import { ApiClient, uniqueName } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

describe('Admin: webhooks', () => {
  test('registering a webhook shows its secret once and the subscription appears in the list', async ({
    page,
  }) => {
    const name = uniqueName('Receiver ');
    await signInAsAdmin(page);
    await goToWebhooks(page);
    await clickRegisterWebhook(page);
    await fillWebhookForm(page, {
      name,
      url: 'https://receiver.example.org/pms-events',
      topics: ['PARTNER_UPDATED', 'POLICY_UPDATED'],
    });
    const secret = await readSecretOnce(page);
    await closeSecretDialog(page);
    await assertSecretGone(page, secret);

    const row = webhookRow(page, name);
    await row.waitFor();
    expect(await row.innerText()).toContain('https://receiver.example.org/pms-events');
    expect(await row.innerText()).toContain('PARTNER_UPDATED, POLICY_UPDATED');
    expect(await row.innerText()).toContain('Active');

    // Settings: deactivate and change the topics.
    await clickWebhook(page, name);
    await page.getByRole('checkbox', { name: 'Active (receives events)' }).uncheck();
    await page.getByRole('checkbox', { name: 'APIKEY_APPROVED', exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Webhook saved.').waitFor();
    const admin = await ApiClient.signIn();
    const listed = await admin.call<{ data: { name: string; active: boolean; topics: string[] }[] }>(
      'GET',
      `/v1/partnermanager/webhooks?name=${encodeURIComponent(name)}`,
    );
    expect(listed.data[0]?.active).toBe(false);
    expect(listed.data[0]?.topics).toContain('APIKEY_APPROVED');

    // Rotate: confirm, then a new secret once.
    await page.getByRole('button', { name: 'Rotate the secret' }).click();
    await confirmDialog(page, 'Rotate the secret');
    const rotated = await readSecretOnce(page);
    expect(rotated).not.toBe(secret);
    await closeSecretDialog(page);

    // Deliveries table is on the page (nothing sent yet to an inactive webhook).
    await page.getByRole('table', { name: 'Deliveries of this webhook' }).waitFor();

    // Delete with confirmation.
    await page.getByRole('button', { name: 'Delete the webhook' }).click();
    await confirmDialog(page, 'Delete the webhook');
    await assertPage(page, 'Webhooks');
    await page.getByRole('textbox', { name: 'Name contains' }).fill(name);
    await expect
      .poll(() => page.getByRole('table', { name: 'Webhook subscriptions' }).innerText())
      .toContain('No results match these filters.');
  });

  test('a delivery left undelivered by a deleted webhook is dead in the outbox and can be sent again', async ({
    page,
  }) => {
    const admin = await ApiClient.signIn();
    const name = uniqueName('Gone ');
    const webhook = await admin.call<{ id: string }>('POST', '/v1/partnermanager/webhooks', {
      name,
      // Nothing listens there: the delivery stays pending (retried with backoff) until the webhook is deleted.
      url: 'http://127.0.0.1:9/unreachable',
      topics: ['POLICY_UPDATED'],
    });
    const policyId = await seedPolicyUpdatedEvent(admin);

    await signInAsAdmin(page);
    await page.goto(`/admin/webhooks/${webhook.id}`);
    await assertPage(page, `Webhook ${name}`);
    const deliveries = page.getByRole('table', { name: 'Deliveries of this webhook' });
    await expect.poll(() => deliveries.innerText()).toContain('POLICY_UPDATED');
    expect(await deliveries.innerText()).toContain('Waiting');

    await page.getByRole('button', { name: 'Delete the webhook' }).click();
    await confirmDialog(page, 'Delete the webhook');
    await assertPage(page, 'Webhooks');

    await goToOutbox(page, `?status=dead&channel=webhook&topic=POLICY_UPDATED`);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Entity' }).check();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByRole('table', { name: 'Outgoing messages' }).innerText())
      .toContain(policyId);
    await clickRetry(page, policyId);
    const messages = await admin.call<{ data: { id: string; entityId: string }[] }>(
      'GET',
      '/v1/partnermanager/outbox?channel=webhook&topic=POLICY_UPDATED&pageNo=0&pageSize=100',
    );
    const message = messages.data.find((m) => m.entityId === policyId);
    expect(message).toBeDefined();
    // The retry is recorded for that message (the dispatcher then finds the subscription gone and marks it
    // dead again, so its status alone cannot show the retry).
    const audit = await admin.call<{ data: { action: string }[] }>(
      'GET',
      `/v1/partnermanager/audit-events?action=outbox.retry&entityId=${message?.id}`,
    );
    expect(audit.data).toHaveLength(1);
  });

  test('the outbox lists failed messages with a retry action; the URL keeps the filter', async ({ page }) => {
    await signInAsAdmin(page);
    await goToWebhooks(page);
    await page.getByRole('link', { name: 'Failed deliveries' }).click();
    await assertPage(page, 'Outbox');
    expect(new URL(page.url()).searchParams.get('status')).toBe('dead');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('dead');
    await goToOutbox(page, '?channel=mail');
    await page.getByRole('table', { name: 'Outgoing messages' }).waitFor();
  });
});
