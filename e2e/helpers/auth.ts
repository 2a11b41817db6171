import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { adminPassword, adminUser } from '../support/env.ts';
import { assertPage } from './page.ts';

export const loginHeading = {
  en: 'Sign in to Partner Management',
  fr: 'Connexion à la gestion des partenaires',
  ar: 'تسجيل الدخول إلى إدارة الشركاء',
} as const;

export async function goToLogin(page: Page, path = '/login'): Promise<void> {
  await page.goto(path);
  await assertPage(page, /Sign in|Connexion|تسجيل الدخول/);
}

export async function fillLogin(page: Page, userName: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: /Username|Nom d'utilisateur|اسم المستخدم/ }).fill(userName);
  await page.getByLabel(/^(Password|Mot de passe|كلمة المرور)/).fill(password);
}

export async function clickSignIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Sign in|Se connecter|تسجيل الدخول)$/ }).click();
}

/** Signs in through the form and waits for the dashboard greeting (or `landing` heading). */
export async function signInAs(
  page: Page,
  userName: string,
  password: string,
  landing: string | RegExp = /^Welcome/,
): Promise<void> {
  await goToLogin(page);
  await fillLogin(page, userName, password);
  await clickSignIn(page);
  await assertPage(page, landing);
}

export function signInAsAdmin(page: Page): Promise<void> {
  return signInAs(page, adminUser, adminPassword);
}

export async function assertSignInError(page: Page, text: string | RegExp): Promise<void> {
  const alert = page.getByTestId('form-error');
  await alert.waitFor();
  await expect.poll(() => alert.textContent()).toMatch(text);
}

export async function clickSignOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Sign out|Se déconnecter|تسجيل الخروج)$/ }).click();
  await assertPage(page, /Sign in|Connexion|تسجيل الدخول/);
}

export async function selectLoginLanguage(page: Page, code: 'eng' | 'fra' | 'ara'): Promise<void> {
  await page
    .getByRole('combobox', { name: /Choose the language|Choisir la langue|اختر اللغة/ })
    .selectOption(code);
}
