import { describe, expect } from 'vitest';
import {
  assertAuditQuery,
  auditTable,
  filterAudit,
  goToAuditLog,
  openAuditEvent,
  shownActions,
} from '../helpers/admin-audit.ts';
import { signInAs, signInAsAdmin } from '../helpers/auth.ts';
import { assertDocument, assertPage } from '../helpers/page.ts';
import { ApiClient, seedUser, uniqueName } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

describe('Admin: audit log', () => {
  test('filtering by action shows the user-creation event with its details', async ({ page }) => {
    const created = await seedUser({ prefix: 'audited' });
    const admin = await ApiClient.signIn();
    const users = await admin.call<{ data: { id: string }[] }>(
      'GET',
      `/v1/partnermanager/users?userName=${created.userName}`,
    );
    const userId = users.data[0]?.id ?? '';
    expect(userId).not.toBe('');

    await signInAsAdmin(page);
    await goToAuditLog(page);
    await filterAudit(page, /^Action/, 'user.create');
    await assertAuditQuery(page, 'action', 'user.create');
    await expect
      .poll(async () => {
        const actions = await shownActions(page);
        return actions.length > 0 && actions.every((a) => a === 'user.create');
      })
      .toBe(true);

    await filterAudit(page, /^Entity id/, userId);
    await assertAuditQuery(page, 'entityId', userId);
    await expect.poll(() => auditTable(page).locator('tbody tr').count()).toBe(1);
    const row = auditTable(page).locator('tbody tr').first();
    expect(await row.innerText()).toContain('admin');

    await openAuditEvent(page, row);
    await assertPage(page, 'Audit event: user.create');
    const after = await page.getByTestId('audit-after-json').innerText();
    expect(JSON.parse(after)).toMatchObject({ userName: created.userName });
    expect((await page.getByTestId('audit-request-id').innerText()).length).toBeGreaterThan(0);
    expect(await page.getByTestId('audit-address').innerText()).toMatch(/127\.0\.0\.1|::1/);

    // Back keeps the filters (the list state is in the URL).
    await page.getByRole('link', { name: 'Back to the audit log' }).click();
    await assertPage(page, 'Audit log');
    await assertAuditQuery(page, 'action', 'user.create');
  });

  test('a time range in the future finds nothing; sorting by time is a link', async ({ page }) => {
    await signInAsAdmin(page);
    await goToAuditLog(page, '?action=user.create&from=2999-01-01T00:00');
    await expect.poll(() => auditTable(page).innerText()).toContain('No results match these filters.');
    expect(await page.getByLabel('From').inputValue()).toBe('2999-01-01T00:00');

    await goToAuditLog(page, '?action=user.create');
    await auditTable(page)
      .getByRole('button', { name: /^Sort Time/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sortType')).toBe('asc');
    expect(new URL(page.url()).searchParams.get('sortFieldName')).toBe('occurredAt');
  });

  test('in Arabic the admin screens are right-to-left with translated headings', async ({ page }) => {
    const userName = uniqueName('araadmin');
    const admin = await ApiClient.signIn();
    await admin.createUser({
      userName,
      emailID: `${userName}@example.org`,
      firstName: 'Layla',
      role: 'PARTNER_ADMIN',
      userPassword: 'Arabic-Admin-Password-1',
      langCode: 'ara',
    });
    await signInAs(page, userName, 'Arabic-Admin-Password-1', 'مرحبًا، Layla');
    await assertDocument(page, 'ar', 'rtl');

    await goToAuditLog(page, '', 'سجل التدقيق');
    await assertDocument(page, 'ar', 'rtl');
    expect(await page.getByRole('textbox', { name: 'من' }).count()).toBe(1);

    await page.goto('/admin/users');
    await assertPage(page, 'المستخدمون');
    await page.goto('/admin/service-accounts');
    await assertPage(page, 'حسابات الخدمة');
    await page.goto('/admin/webhooks');
    await assertPage(page, 'الويب هوك');
    await page.goto('/admin/outbox');
    await assertPage(page, 'صندوق الصادر');
    await assertDocument(page, 'ar', 'rtl');
  });
});
