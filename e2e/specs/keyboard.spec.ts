import { describe, expect } from 'vitest';
import { assertPage, assertPath } from '../helpers/page.ts';
import { test } from '../support/browser.ts';
import { adminPassword, adminUser } from '../support/env.ts';

/** The accessible name (label) of the focused element. */
function focusedLabel(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

async function tabTo(page: import('playwright-core').Page, label: RegExp, max = 12) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (label.test(await focusedLabel(page))) return;
  }
  throw new Error(`no focusable element named ${label} within ${max} tabs`);
}

describe('Keyboard only', () => {
  test('signing in and reaching the main content works with the keyboard alone', async ({ page }) => {
    await page.goto('/login');
    await assertPage(page, 'Sign in to Partner Management');
    await tabTo(page, /^Username/);
    await page.keyboard.type(adminUser);
    await tabTo(page, /^Password/);
    await page.keyboard.type(adminPassword);
    await page.keyboard.press('Enter');
    await assertPage(page, /^Welcome/);
    await assertPath(page, '/');

    // First Tab reaches the skip link; Enter moves focus into the main region.
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    // A dashboard card opens with Enter.
    await tabTo(page, /^Mailbox/);
    await page.keyboard.press('Enter');
    await assertPage(page, 'Mailbox');
  });
});
