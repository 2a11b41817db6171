import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { assertAccessible } from '../support/axe.ts';

/**
 * Waits until the page with this h1 is shown, then checks it with axe. Every goTo…/click… helper that
 * lands on a new page ends here, so axe runs on every page the specs visit.
 */
export async function assertPage(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await assertAccessible(page);
}

export async function assertPath(page: Page, pathname: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).pathname).toBe(pathname);
}

export async function assertDocument(page: Page, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(dir);
}
