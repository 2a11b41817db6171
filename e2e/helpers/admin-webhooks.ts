import type { Page } from 'playwright-core';
import { type ApiClient, uniqueName } from '../support/api-client.ts';
import { assertAccessible } from '../support/axe.ts';
import { assertPage } from './page.ts';

export async function goToWebhooks(page: Page): Promise<void> {
  await page.goto('/admin/webhooks');
  await assertPage(page, 'Webhooks');
}

export async function clickRegisterWebhook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Register a webhook' }).click();
  await page.getByRole('dialog', { name: 'Register a webhook' }).waitFor();
  await assertAccessible(page);
}

export async function fillWebhookForm(
  page: Page,
  input: { name: string; url: string; topics: string[] },
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Register a webhook' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(input.name);
  await dialog.getByRole('textbox', { name: 'Address (URL)' }).fill(input.url);
  for (const topic of input.topics) await dialog.getByRole('checkbox', { name: topic, exact: true }).check();
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
}

export function webhookRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Webhook subscriptions' })
    .getByRole('row')
    .filter({ hasText: name });
}

export async function clickWebhook(page: Page, name: string): Promise<void> {
  await webhookRow(page, name).getByRole('link', { name }).click();
  await assertPage(page, `Webhook ${name}`);
}

export async function confirmDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await assertAccessible(page);
  await dialog.getByRole('button', { name: button }).click();
}

export async function goToOutbox(page: Page, search = ''): Promise<void> {
  await page.goto(`/admin/outbox${search}`);
  await assertPage(page, 'Outbox');
}

/**
 * Seeds a POLICY_UPDATED event through the API: a policy group, an Auth policy (MOSIP's sample document)
 * and its publication. Answers the policy id (the event's entity id).
 */
export async function seedPolicyUpdatedEvent(api: ApiClient): Promise<string> {
  const name = uniqueName('whgroup');
  const group = await api.call<{ id: string; name: string }>('POST', '/v1/policymanager/policies/group/new', {
    name,
    desc: `${name} description`,
  });
  const policy = await api.call<{ id: string }>('POST', '/v1/policymanager/policies', {
    policyGroupName: group.name,
    policyType: 'Auth',
    name: uniqueName('whpolicy'),
    desc: 'Policy published to produce a webhook delivery',
    version: '1.0',
    policies: {
      authTokenType: 'policy',
      allowedKycAttributes: [{ attributeName: 'fullName' }],
      allowedAuthTypes: [{ authType: 'otp', authSubType: '', mandatory: false }],
    },
  });
  await api.call('POST', `/v1/policymanager/policies/${policy.id}/group/${group.id}/publish`);
  return policy.id;
}

/** Clicks "Send again" on the outbox row of this entity; waits for the confirmation toast. */
export async function clickRetry(page: Page, entityId: string): Promise<void> {
  const table = page.getByRole('table', { name: 'Outgoing messages' });
  const row = table.getByRole('row').filter({ hasText: entityId });
  await row.getByRole('button', { name: /^Send message \d+ again$/ }).click();
  await page.getByText(/^Message \d+ queued again\.$/).waitFor();
}
