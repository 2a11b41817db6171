import type { Page } from 'playwright-core';
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
