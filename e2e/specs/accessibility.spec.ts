import { describe } from 'vitest';
import { signInAs, signInAsAdmin } from '../helpers/auth.ts';
import { assertPage } from '../helpers/page.ts';
import { selectLanguage } from '../helpers/shell.ts';
import { requestPasswordReset, seedUser } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

/** axe runs inside assertPage; this spec visits the pages the user stories do not. */
describe('Accessibility of every page', () => {
  test('public pages', async ({ page }) => {
    for (const [path, heading] of [
      ['/login', 'Sign in to Partner Management'],
      ['/forgot-password', 'Forgot your password'],
      ['/reset-password?token=not-a-real-token', 'Choose a new password'],
      ['/reset-password', 'Choose a new password'],
      ['/verify-email?token=not-a-real-token', 'E-mail verification'],
    ] as const) {
      await page.goto(path);
      await assertPage(page, heading);
    }
    await page.goto('/verify-email?token=not-a-real-token');
    await page.getByRole('alert').waitFor();
    await assertPage(page, 'E-mail verification');
  });

  test('signed-in pages in English and Arabic', async ({ page }) => {
    const user = await seedUser({ prefix: 'axe' });
    await requestPasswordReset(user.userName);
    await signInAsAdmin(page);
    for (const [path, heading] of [
      ['/profile', 'My profile'],
      ['/admin/mailbox?sortFieldName=to&sortType=asc', 'Mailbox'],
      ['/no/such/page', 'Page not found'],
    ] as const) {
      await page.goto(path);
      await assertPage(page, heading);
    }
    await page.goto('/admin/mailbox');
    await assertPage(page, 'Mailbox');
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Language' }).waitFor();
    await page.keyboard.press('Escape');
    const first = page.getByTestId('table-mailbox').getByRole('link').first();
    await first.click();
    await assertPage(page, /.+/);

    await page.context().clearCookies();
    await signInAs(page, user.userName, user.password, 'Welcome, Amina Diallo');
    await page.goto('/admin/mailbox');
    await assertPage(page, 'No access');
    await page.goto('/');
    await selectLanguage(page, 'ara');
    await assertPage(page, 'مرحبًا، Amina Diallo');
    await page.goto('/profile');
    await assertPage(page, 'ملفي الشخصي');
  });
});
