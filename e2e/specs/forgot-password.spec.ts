import { describe } from 'vitest';
import { clickSignOut, goToLogin, signInAs, signInAsAdmin } from '../helpers/auth.ts';
import { assertMailboxRecipientFilter, clickMail, clickMailLink, goToMailbox } from '../helpers/mailbox.ts';
import { assertPage, assertPath } from '../helpers/page.ts';
import { seedUser } from '../support/api-client.ts';
import { closePage, openPage, test } from '../support/browser.ts';

describe('Forgotten password', () => {
  test('a user asks for a reset link, the mail arrives in the mailbox, and the new password works', async ({
    page,
  }) => {
    const user = await seedUser({ prefix: 'forgot' });

    // The user asks for a link.
    await goToLogin(page);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await assertPage(page, 'Forgot your password');
    await page.getByRole('textbox', { name: 'Username or e-mail address' }).fill(user.email);
    await page.getByRole('button', { name: 'Send the reset link' }).click();
    await page.getByTestId('forgot-sent').waitFor();

    // The admin reads the mail in the local mailbox (no SMTP in this deployment).
    const admin = await openPage();
    try {
      await signInAsAdmin(admin.page);
      await goToMailbox(admin.page, user.email);
      await assertMailboxRecipientFilter(admin.page, user.email);
      await clickMail(admin.page, 'Reset your PMS password');
      await clickMailLink(admin.page, '/reset-password\\?token=');
      await assertPage(admin.page, 'Choose a new password');
      const resetUrl = admin.page.url();

      // The user opens the link and chooses a new password.
      await page.goto(resetUrl);
      await assertPage(page, 'Choose a new password');
      await page.getByLabel(/^New password/).fill('Brand-New-Password-42');
      await page.getByLabel(/^Repeat the new password/).fill('Brand-New-Password-42');
      await page.getByRole('button', { name: 'Set the new password' }).click();
      await page.getByTestId('reset-done').waitFor();

      // The link works once.
      await admin.page.reload();
      await admin.page.getByLabel(/^New password/).fill('Another-Password-43');
      await admin.page.getByLabel(/^Repeat the new password/).fill('Another-Password-43');
      await admin.page.getByRole('button', { name: 'Set the new password' }).click();
      await admin.page.getByTestId('form-error').waitFor();
    } finally {
      await closePage(admin.context, admin.page, 'forgot-password-admin', false);
    }

    await signInAs(page, user.userName, 'Brand-New-Password-42', 'Welcome, Amina Diallo');
    await clickSignOut(page);
    await assertPath(page, '/login');
  });
});
