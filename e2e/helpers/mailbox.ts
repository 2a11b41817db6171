import type { Page } from 'playwright-core';
import { assertPage } from './page.ts';

export async function goToMailbox(page: Page): Promise<void> {
  await page.goto('/admin/mailbox');
  await assertPage(page, 'Mailbox');
}

export async function fillMailboxRecipient(page: Page, to: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Recipient contains' }).fill(to);
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
