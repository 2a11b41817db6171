import { allRoles, type Role } from '@pms/contracts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { activatePartner } from './partner.service.ts';
import { partners } from './partner.table.ts';
import { auditsFor, B, insertGroup, mailsTo, partnerUser } from './partner.test-helpers.ts';

const PARTNER_ROLES: Role[] = [
  'AUTH_PARTNER',
  'CREDENTIAL_PARTNER',
  'ONLINE_VERIFICATION_PARTNER',
  'DEVICE_PROVIDER',
  'FTM_PROVIDER',
  'ABIS_PARTNER',
  'MANUAL_ADJUDICATION',
  'SDK_PARTNER',
  'MISP_PARTNER',
];
const WRITERS: Role[] = PARTNER_ROLES.filter((r) => r !== 'SDK_PARTNER').concat('PARTNER_ADMIN');

/** Who may call what (MOSIP's mosip.role.pms.* lists, minus legacy roles we do not have). */
const matrix: { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; allowed: Role[] }[] = [
  { method: 'GET', url: `${B}/partners/x`, allowed: [...WRITERS, 'SDK_PARTNER', 'RESIDENT'] },
  { method: 'PUT', url: `${B}/partners/x`, allowed: WRITERS },
  { method: 'PUT', url: `${B}/partners/v2/x`, allowed: WRITERS },
  { method: 'POST', url: `${B}/partners/x/contact/add`, allowed: WRITERS },
  {
    method: 'PUT',
    url: `${B}/partners/x/policygroup/g`,
    allowed: [
      'PMS_USER',
      'AUTH_PARTNER',
      'CREDENTIAL_PARTNER',
      'PARTNER_ADMIN',
      'ONLINE_VERIFICATION_PARTNER',
      'ABIS_PARTNER',
      'MANUAL_ADJUDICATION',
      'MISP_PARTNER',
    ],
  },
  { method: 'GET', url: `${B}/partners/v3?status=approved`, allowed: [...PARTNER_ROLES, 'PARTNER_ADMIN'] },
  {
    method: 'GET',
    url: `${B}/users/user-consent`,
    allowed: [...PARTNER_ROLES, 'PARTNER_ADMIN', 'POLICYMANAGER'],
  },
  { method: 'GET', url: `${B}/admin-partners`, allowed: ['PARTNER_ADMIN'] },
  { method: 'GET', url: `${B}/admin-partners/x`, allowed: ['PARTNER_ADMIN'] },
  { method: 'PATCH', url: `${B}/partners/x`, allowed: ['PARTNER_ADMIN'] },
  {
    method: 'GET',
    url: `${B}/partners`,
    allowed: [
      'PARTNER_ADMIN',
      'ID_AUTHENTICATION',
      'REGISTRATION_PROCESSOR',
      'RESIDENT',
      'CREDENTIAL_ISSUANCE',
      'ID_REPOSITORY',
    ],
  },
  {
    method: 'POST',
    url: `${B}/partners/x/policy/map`,
    allowed: [
      'AUTH_PARTNER',
      'ABIS_PARTNER',
      'CREDENTIAL_PARTNER',
      'CREDENTIAL_ISSUANCE',
      'ONLINE_VERIFICATION_PARTNER',
      'MANUAL_ADJUDICATION',
      'MISP_PARTNER',
      'PARTNER_ADMIN',
    ],
  },
  { method: 'PUT', url: `${B}/partners/policy/x`, allowed: ['PARTNER_ADMIN'] },
  {
    method: 'GET',
    url: `${B}/partner-policy-requests`,
    allowed: [
      'PARTNER_ADMIN',
      'AUTH_PARTNER',
      'ABIS_PARTNER',
      'SDK_PARTNER',
      'CREDENTIAL_PARTNER',
      'ONLINE_VERIFICATION_PARTNER',
      'MANUAL_ADJUDICATION',
      'MISP_PARTNER',
    ],
  },
  {
    method: 'GET',
    url: `${B}/partners/x/apikey/request`,
    allowed: [
      'AUTH_PARTNER',
      'ABIS_PARTNER',
      'CREDENTIAL_PARTNER',
      'PARTNER_ADMIN',
      'ONLINE_VERIFICATION_PARTNER',
    ],
  },
];

function bodyFor(method: string, url: string): unknown {
  if (method === 'GET') return undefined;
  if (url.endsWith('/policy/map')) return { policyName: 'p', useCaseDescription: 'u' };
  if (url.includes('/contact/add'))
    return { address: 'a', contactNumber: '1', emailId: 'a@b.org', is_Active: true };
  if (method === 'PATCH' || url.includes('/partners/policy/')) return { status: 'approved' };
  if (url.includes('/policygroup/')) return undefined;
  return { address: 'a', contactNumber: '1' };
}

describe('role matrix of the partners API', () => {
  const t = useTestApp();

  it('answers 403 KER-ATH-403 to every role not allowed, and lets every allowed role through', async () => {
    const byRole = new Map<Role, SeededUser>();
    for (const role of allRoles) byRole.set(role, await t.current.createUser([role]));
    const problems: string[] = [];
    for (const entry of matrix) {
      for (const role of allRoles) {
        const as = byRole.get(role);
        const res = await t.current.call({
          method: entry.method,
          url: entry.url,
          as,
          request: bodyFor(entry.method, entry.url),
        });
        const allowed = entry.allowed.includes(role);
        const forbidden = res.statusCode === 403 && errorCodes(res).includes('KER-ATH-403');
        if (allowed === forbidden) problems.push(`${entry.method} ${entry.url} ${role}: ${res.statusCode}`);
      }
      const anonymous = await t.current.call({
        method: entry.method,
        url: entry.url,
        request: bodyFor(entry.method, entry.url),
      });
      expect(anonymous.statusCode, `${entry.method} ${entry.url}`).toBe(401);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('the legacy partner-type search filters, sorts and pages', async () => {
    const user = await t.current.createUser(['DEVICE_PROVIDER']);
    const res = await t.current.call({
      method: 'POST',
      url: `${B}/partners/partnertype/search`,
      as: user,
      request: {
        filters: [{ columnName: 'isPolicyRequired', type: 'equals', value: 'true' }],
        sort: [{ sortField: 'code', sortType: 'desc' }],
        pagination: { pageStart: 0, pageFetch: 3 },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json().response;
    expect(page.totalRecord).toBe(8);
    expect(page.data.map((d: { code: string }) => d.code)).toEqual([
      'Print_Partner',
      'Online_Verification_Partner',
      'Manual_Adjudication',
    ]);
    expect(page).toMatchObject({ fromRecord: 1, toRecord: 3 });
  });
});

describe('activatePartner (called by the certificates module)', () => {
  const t = useTestApp();

  it('approves and activates an InProgress partner once; never re-activates a deactivated one', async () => {
    const group = await insertGroup(t.current);
    const p = await partnerUser(t.current, { groupName: group.name });
    const deps = {
      db: t.current.db,
      config: t.current.config,
      outbox: { websubEnabled: true, publisher: 'pms' },
      masterKey: Buffer.alloc(32),
    };
    const ctx = { requestId: 'r1', address: '127.0.0.1', lang: 'eng' as const, actor: undefined };
    const changed = await t.current.db.transaction((tx) =>
      activatePartner(tx, deps, ctx, p.partnerId, { alias: 'cert-1' }),
    );
    expect(changed).toBe(true);
    const [row] = await t.current.db.select().from(partners).where(eq(partners.id, p.partnerId));
    expect(row).toMatchObject({ approvalStatus: 'approved', isActive: true, certificateAlias: 'cert-1' });
    expect(await auditsFor(t.current, p.partnerId, 'partner.activate')).toHaveLength(1);
    expect((await mailsTo(t.current, p.body.emailId)).map((m) => m.template)).toContain('partner_activated');
    await t.current.db.update(partners).set({ isActive: false }).where(eq(partners.id, p.partnerId));
    const again = await t.current.db.transaction((tx) =>
      activatePartner(tx, deps, ctx, p.partnerId, { alias: 'cert-2' }),
    );
    expect(again).toBe(false);
    const [after] = await t.current.db.select().from(partners).where(eq(partners.id, p.partnerId));
    expect(after).toMatchObject({ isActive: false, certificateAlias: 'cert-2' });
  });
});
