import { errorMessage } from '@pms/phrases';
import { describe, expect } from 'vitest';
import {
  assertSignInError,
  clickSignIn,
  fillLogin,
  goToLogin,
  selectLoginLanguage,
  signInAs,
} from '../helpers/auth.ts';
import { assertDocument, assertPage } from '../helpers/page.ts';
import { saveScreenshot } from '../helpers/screenshots.ts';
import { assertNavigation, navigationEntries, selectLanguage } from '../helpers/shell.ts';
import { seedUser } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

describe('Languages', () => {
  test('in French, a wrong password and then the lockout are explained in French', async ({ page }) => {
    const user = await seedUser({ prefix: 'fr' });
    await goToLogin(page);
    await saveScreenshot(page, 'sign-in-en');
    await selectLoginLanguage(page, 'fra');
    await assertDocument(page, 'fr', 'ltr');
    await assertPage(page, 'Connexion à la gestion des partenaires');

    await fillLogin(page, user.userName, 'Wrong-Password-000');
    await clickSignIn(page);
    await assertSignInError(page, errorMessage('PMS_ATH_001', 'fra'));

    for (let attempt = 2; attempt <= 5; attempt += 1) {
      await fillLogin(page, user.userName, `Wrong-Password-00${attempt}`);
      await clickSignIn(page);
      await expect.poll(() => page.getByTestId('form-error').textContent()).toMatch(/incorrect|verrouillé/);
    }
    // Even the right password is refused while the account is locked.
    await fillLogin(page, user.userName, user.password);
    await clickSignIn(page);
    await assertSignInError(page, /Le compte est verrouillé pendant \d+ minutes\./);

    // The choice made before sign-in is remembered on this device.
    await page.reload();
    await assertDocument(page, 'fr', 'ltr');
  });

  test('switching to Arabic turns the portal right-to-left, translates it, and is kept on the account', async ({
    page,
  }) => {
    const user = await seedUser({ prefix: 'ar' });
    await signInAs(page, user.userName, user.password, 'Welcome, Amina Diallo');
    await assertDocument(page, 'en', 'ltr');
    expect(await navigationEntries(page)).toEqual(expect.arrayContaining(['Home', 'My profile']));

    await selectLanguage(page, 'ara');
    await assertDocument(page, 'ar', 'rtl');
    await assertPage(page, 'مرحبًا، Amina Diallo');
    const entries = await navigationEntries(page);
    expect(entries).toEqual(expect.arrayContaining(['الرئيسية', 'ملفي الشخصي']));
    expect(entries).not.toContain('Home');
    // The side navigation sits on the right in RTL.
    const nav = await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).boundingBox();
    expect(nav?.x ?? 0).toBeGreaterThan(600);
    await saveScreenshot(page, 'dashboard-ar');

    // Saved on the user: a fresh browser (no local storage) signs in straight into Arabic.
    await page.context().clearCookies();
    await page.evaluate(() => localStorage.clear());
    await signInAs(page, user.userName, user.password, 'مرحبًا، Amina Diallo');
    await assertDocument(page, 'ar', 'rtl');
    await assertNavigation(page, entries);
  });
});
