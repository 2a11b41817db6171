import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { assertPage } from './page.ts';

export async function goToAuditLog(
  page: Page,
  search = '',
  heading: string | RegExp = 'Audit log',
): Promise<void> {
  await page.goto(`/admin/audit-log${search}`);
  await assertPage(page, heading);
}

export function auditTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Audit events' });
}

export async function filterAudit(page: Page, label: string | RegExp, value: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).fill(value);
}

/** Waits until the URL carries the filter (the list state lives in the URL). */
export async function assertAuditQuery(page: Page, name: string, value: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).searchParams.get(name)).toBe(value);
}

/** The action codes of the rows shown. */
export async function shownActions(page: Page): Promise<string[]> {
  const rows = auditTable(page).locator('tbody tr');
  const texts = await rows.locator('td:nth-child(3)').allInnerTexts();
  return texts.map((s) => s.trim());
}

export async function openAuditEvent(page: Page, row: Locator): Promise<void> {
  await row.getByRole('link').first().click();
  await assertPage(page, /^Audit event/);
}
