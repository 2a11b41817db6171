import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickSignIn, fillLogin, goToLogin } from './auth.ts';
import { assertPage } from './page.ts';

export interface UserFormInput {
  userName: string;
  email: string;
  firstName?: string;
  lastName?: string;
  organisation?: string;
  /** Role names as the portal shows them ("Authentication partner"). */
  roles: string[];
  password?: string;
}

function createForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Create a user' });
}

export async function goToUsers(page: Page, search = ''): Promise<void> {
  await page.goto(`/admin/users${search}`);
  await assertPage(page, 'Users');
}

export async function clickCreateUser(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: 'Create a user' }).click();
  await assertPage(page, 'Create a user');
}

export async function fillUserForm(page: Page, input: UserFormInput): Promise<void> {
  const form = createForm(page);
  await form.getByRole('textbox', { name: 'Username' }).fill(input.userName);
  await form.getByRole('textbox', { name: 'E-mail address' }).fill(input.email);
  if (input.firstName) await form.getByRole('textbox', { name: 'First name' }).fill(input.firstName);
  if (input.lastName) await form.getByRole('textbox', { name: 'Last name' }).fill(input.lastName);
  if (input.organisation) await form.getByRole('textbox', { name: 'Organisation' }).fill(input.organisation);
  for (const role of input.roles) await form.getByRole('checkbox', { name: role, exact: true }).check();
  if (input.password) await form.getByLabel(/^Initial password/).fill(input.password);
}

/** Submits the create form; lands on the new user's page. */
export async function clickSubmitUser(page: Page, userName: string): Promise<void> {
  await createForm(page).getByRole('button', { name: 'Create the user' }).click();
  await assertPage(page, `User ${userName}`);
}

export async function clickSubmitUserExpectingErrors(page: Page): Promise<void> {
  await createForm(page).getByRole('button', { name: 'Create the user' }).click();
}

/** The error text shown under a field of the create form. */
export async function assertFieldError(page: Page, field: string, text: string | RegExp): Promise<void> {
  const input = createForm(page).getByRole('textbox', { name: field });
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) =>
        page
          .locator(`[id="${id}"]`)
          .innerText()
          .catch(() => ''),
      ),
  );
  expect(texts.join(' ')).toMatch(text);
}

export async function filterUsers(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).fill(value);
}

/** The row of a user in the list (waits for it). */
export function userRow(page: Page, userName: string): Locator {
  return page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: userName });
}

export async function clickUser(page: Page, userName: string): Promise<void> {
  await userRow(page, userName).getByRole('link', { name: userName }).click();
  await assertPage(page, `User ${userName}`);
}

/** Disables the open user with a reason through the confirm dialog; waits for the new status. */
export async function disableUser(page: Page, reason: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Disable the user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const confirm = dialog.getByRole('button', { name: 'Disable the user' });
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await confirm.click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('main').getByRole('button', { name: 'Enable the user' }).waitFor();
}

export async function assertUserStatus(page: Page, status: string): Promise<void> {
  await page.getByRole('main').getByText(status, { exact: true }).first().waitFor();
}

/**
 * Signs in through the form and waits until the signed-in shell shows the user's name (partners may land
 * on their own home page, so no particular heading is assumed).
 */
export async function signInAndAssertSignedIn(
  page: Page,
  userName: string,
  password: string,
  displayName: string,
) {
  await goToLogin(page);
  await fillLogin(page, userName, password);
  await clickSignIn(page);
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/login');
  await page.getByRole('banner').getByText(displayName).first().waitFor();
}
