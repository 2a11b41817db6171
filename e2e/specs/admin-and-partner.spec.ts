import { describe, expect } from 'vitest';
import { clickCreateUser, clickSubmitUser, fillUserForm, goToUsers } from '../helpers/admin-users.ts';
import { assertSignInError, clickSignIn, clickSignOut, fillLogin, signInAsAdmin } from '../helpers/auth.ts';
import { assertPage, assertPath } from '../helpers/page.ts';
import { signInAndAcceptTerms } from '../helpers/partners.ts';
import { saveScreenshot } from '../helpers/screenshots.ts';
import { dashboardCards, navigationEntries } from '../helpers/shell.ts';
import { uniqueName } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

/** Navigation entries only partner administrators may see. */
const adminOnly = ['Users', 'Service accounts', 'Audit log', 'Webhooks', 'Mailbox'];

describe('Admin and partner users', () => {
  test('the admin creates a partner user, signs out, and the partner sees only partner navigation', async ({
    page,
  }) => {
    await signInAsAdmin(page);
    await assertPath(page, '/');
    const header = page.getByTestId('header-user');
    await expect.poll(() => header.textContent()).toMatch(/PMS Administrator[\s\S]*Partner administrator/);
    expect(await dashboardCards(page)).toEqual(expect.arrayContaining(['Mailbox', 'My profile']));
    expect(await navigationEntries(page)).toEqual(expect.arrayContaining(['Home', 'Mailbox', 'My profile']));
    await saveScreenshot(page, 'dashboard-en');

    const userName = uniqueName('authp');
    const password = 'Partner-Password-9876';
    await goToUsers(page);
    await clickCreateUser(page);
    await fillUserForm(page, {
      userName,
      email: `${userName}@example.org`,
      firstName: 'Amina',
      lastName: 'Diallo',
      organisation: 'Acme Identity',
      roles: ['Authentication partner'],
      password,
    });
    await clickSubmitUser(page, userName);

    await clickSignOut(page);
    await assertPath(page, '/login');
    await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();
    // The session is gone on the server too: the dashboard now asks for sign-in.
    await page.goto('/');
    await assertPage(page, 'Sign in to Partner Management');

    // A new partner user accepts the terms first (the consent feature), then reaches the dashboard.
    await signInAndAcceptTerms(page, userName, password);
    await assertPage(page, 'Welcome, Amina Diallo');
    await expect
      .poll(() => header.textContent())
      .toMatch(/Amina Diallo[\s\S]*Acme Identity[\s\S]*Authentication partner/);
    const entries = await navigationEntries(page);
    expect(entries).toEqual(expect.arrayContaining(['Home', 'My profile']));
    for (const entry of adminOnly) expect(entries).not.toContain(entry);
    for (const card of adminOnly) expect(await dashboardCards(page)).not.toContain(card);

    await page.goto('/admin/mailbox');
    await assertPage(page, 'No access');
  });

  test('a wrong password is refused and the form stays usable', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, 'admin', 'not-the-password');
    await clickSignIn(page);
    await assertSignInError(page, 'Wrong username or password.');
    await assertPath(page, '/login');
    expect(await page.getByLabel(/^Password/).inputValue()).toBe('');
  });
});
