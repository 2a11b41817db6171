import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { assertPage } from './page.ts';

/** Opens the mailbox; `to` filters by recipient through the URL (every list view is a link). */
export async function goToMailbox(page: Page, to?: string): Promise<void> {
  await page.goto(to ? `/admin/mailbox?to=${encodeURIComponent(to)}` : '/admin/mailbox');
  await assertPage(page, 'Mailbox');
}

export async function fillMailboxRecipient(page: Page, to: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Recipient contains' }).fill(to);
}

/** The recipient filter shows the value from the URL. */
export async function assertMailboxRecipientFilter(page: Page, to: string): Promise<void> {
  await expect.poll(() => page.getByRole('textbox', { name: 'Recipient contains' }).inputValue()).toBe(to);
}

/** Opens the newest mail whose subject matches (the list is newest first). */
export async function clickMail(page: Page, subject: string | RegExp): Promise<void> {
  const link = page.getByTestId('table-mailbox').getByRole('link', { name: subject }).first();
  await link.waitFor();
  await link.click();
  await assertPage(page, subject);
}

/** Follows the link in the open mail whose address contains `pathPart`. */
export async function clickMailLink(page: Page, pathPart: string): Promise<void> {
  await page
    .getByTestId('mail-text')
    .getByRole('link', { name: new RegExp(pathPart) })
    .click();
}
