import { describe, expect } from 'vitest';
import {
  assertFieldError,
  assertUserStatus,
  clickCreateUser,
  clickSubmitUser,
  clickSubmitUserExpectingErrors,
  clickUser,
  disableUser,
  fillUserForm,
  filterUsers,
  goToUsers,
  signInAndAssertSignedIn,
  userRow,
} from '../helpers/admin-users.ts';
import { assertSignInError, clickSignIn, fillLogin, goToLogin, signInAsAdmin } from '../helpers/auth.ts';
import { assertPage } from '../helpers/page.ts';
import { ApiClient, seedUser, uniqueName } from '../support/api-client.ts';
import { closePage, openPage, test } from '../support/browser.ts';

describe('Admin: users', () => {
  test('the admin creates a partner user with two roles on the users screen and that user can sign in', async ({
    page,
  }) => {
    const userName = uniqueName('newpartner');
    const password = 'Created-In-Portal-2468';
    await signInAsAdmin(page);
    await goToUsers(page);
    await clickCreateUser(page);
    await fillUserForm(page, {
      userName,
      email: `${userName}@example.org`,
      firstName: 'Nadia',
      lastName: 'Haddad',
      organisation: 'Portal Created Org',
      roles: ['Authentication partner', 'Credential partner'],
      password,
    });
    await clickSubmitUser(page, userName);
    // Both roles were saved (the create body takes one; the second is added by the roles update).
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Authentication partner', exact: true }).isChecked())
      .toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Credential partner', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('checkbox', { name: 'Policy manager', exact: true }).isChecked()).toBe(false);

    const admin = await ApiClient.signIn();
    const found = await admin.call<{
      data: { userName: string; roles: string[]; organizationName: string }[];
    }>('GET', `/v1/partnermanager/users?userName=${userName}`);
    expect(found.data).toHaveLength(1);
    expect(found.data[0]?.roles.sort()).toEqual(['AUTH_PARTNER', 'CREDENTIAL_PARTNER']);
    expect(found.data[0]?.organizationName).toBe('Portal Created Org');

    const other = await openPage();
    let ok = false;
    try {
      await signInAndAssertSignedIn(other.page, userName, password, 'Nadia Haddad');
      ok = true;
    } finally {
      await closePage(other.context, other.page, 'new user signs in', !ok);
    }
  });

  test('the create form shows validation errors and the server’s error on the username field', async ({
    page,
  }) => {
    const existing = await seedUser({ prefix: 'taken' });
    await signInAsAdmin(page);
    await page.goto('/admin/users/new');
    await assertPage(page, 'Create a user');

    await clickSubmitUserExpectingErrors(page);
    await page.getByText('Choose at least one role.').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users/new');

    await fillUserForm(page, {
      userName: existing.userName,
      email: `${uniqueName('fresh')}@example.org`,
      roles: ['SDK partner'],
      password: 'Another-Password-1357',
    });
    await clickSubmitUserExpectingErrors(page);
    await assertFieldError(page, 'Username', `The username ${existing.userName} is already taken.`);
    expect(new URL(page.url()).pathname).toBe('/admin/users/new');
  });

  test('the admin disables a user, who is signed out and can no longer sign in', async ({ page }) => {
    const user = await seedUser({ prefix: 'todisable', firstName: 'Omar' });
    // The user signs in before being disabled (so the refusal below is caused by the disabling).
    const other = await openPage();
    let ok = false;
    try {
      await signInAndAssertSignedIn(other.page, user.userName, user.password, 'Omar Diallo');

      await signInAsAdmin(page);
      await goToUsers(page);
      await filterUsers(page, 'Username contains', user.userName);
      await expect.poll(() => new URL(page.url()).searchParams.get('userName')).toBe(user.userName);
      await userRow(page, user.userName).waitFor();
      await expect.poll(() => page.getByRole('table', { name: 'Users' }).locator('tbody tr').count()).toBe(1);
      await clickUser(page, user.userName);
      await disableUser(page, 'Left the partner organisation');
      await assertUserStatus(page, 'Deactivated');

      // Their open session ended…
      await other.page.reload();
      await assertPage(other.page, /Sign in/);
      // …and a new sign-in is refused.
      await goToLogin(other.page);
      await fillLogin(other.page, user.userName, user.password);
      await clickSignIn(other.page);
      await assertSignInError(other.page, /This account is disabled/);
      ok = true;
    } finally {
      await closePage(other.context, other.page, 'disabled user', !ok);
    }

    // The disabled filter finds them, from a link.
    await goToUsers(page, `?status=disabled&userName=${user.userName}`);
    await userRow(page, user.userName).waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('disabled');
  });
});
