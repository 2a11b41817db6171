import { describe, expect } from 'vitest';
import { clickSignIn, fillLogin } from '../helpers/auth.ts';
import { assertPage, assertPath } from '../helpers/page.ts';
import { test } from '../support/browser.ts';
import { adminPassword, adminUser } from '../support/env.ts';

describe('Deep links', () => {
  test('a deep link to the audit log survives sign-in', async ({ page }) => {
    await page.goto('/admin/audit-log?pageSize=20');
    await assertPage(page, 'Sign in to Partner Management');
    await assertPath(page, '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/audit-log?pageSize=20');

    await fillLogin(page, adminUser, adminPassword);
    await clickSignIn(page);
    await assertPath(page, '/admin/audit-log');
    expect(new URL(page.url()).search).toBe('?pageSize=20');
    // The audit screen belongs to another feature: its heading when it exists, else the not-found page
    // inside the signed-in shell; never the sign-in page again.
    await assertPage(page, /Audit log|Page not found/);
  });

  test('an outside address in next is ignored (no open redirect)', async ({ page }) => {
    await page.goto('/login?next=//evil.example/steal');
    await fillLogin(page, adminUser, adminPassword);
    await clickSignIn(page);
    await assertPage(page, /^Welcome/);
    await assertPath(page, '/');
  });
});
