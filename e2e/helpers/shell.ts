import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { assertPage } from './page.ts';

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: /Main navigation|Navigation principale|التنقل الرئيسي/ });
}

/** The link names of the side navigation, in order. */
export async function navigationEntries(page: Page): Promise<string[]> {
  const nav = mainNavigation(page);
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allInnerTexts()).map((s) => s.trim());
}

export async function assertNavigation(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => navigationEntries(page)).toEqual(expected);
}

export async function clickNavigation(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await mainNavigation(page).getByRole('link', { name, exact: true }).click();
  await assertPage(page, heading);
}

export async function selectLanguage(page: Page, code: 'eng' | 'fra' | 'ara'): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('combobox', { name: /Choose the language|Choisir la langue|اختر اللغة/ })
    .selectOption(code);
}

export async function dashboardCards(page: Page): Promise<string[]> {
  const main = page.getByRole('main');
  return (await main.getByRole('heading', { level: 2 }).allInnerTexts()).map((s) => s.trim());
}
