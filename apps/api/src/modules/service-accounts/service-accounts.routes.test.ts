import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, type TestApp, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { users } from '../identity/identity.table.ts';

const ACCOUNTS = '/v1/partnermanager/service-accounts';
const CLIENT_LOGIN = '/v1/authmanager/authenticate/clientidsecretkey';
const WHOAMI = '/v1/authmanager/authorize/admin/validateToken';

function fieldsOf(res: { json: () => unknown }): string[] {
  const body = res.json() as { errors: { field?: string }[] };
  return body.errors.map((e) => e.field ?? '');
}

function clientLogin(t: TestApp, clientId: string, secretKey: string) {
  return t.call({ method: 'POST', url: CLIENT_LOGIN, request: { clientId, secretKey } });
}

describe('service accounts', () => {
  const t = useTestApp();
  let admin: SeededUser;

  async function theAdmin(): Promise<SeededUser> {
    admin ??= await t.current.createUser(['PARTNER_ADMIN']);
    return admin;
  }

  async function create(roles: string[] = ['ID_AUTHENTICATION', 'PARTNER_ADMIN']) {
    const clientId = `mosip-ida-${newId().slice(0, 8)}`;
    const res = await t.current.call({
      method: 'POST',
      url: ACCOUNTS,
      as: await theAdmin(),
      request: { clientId, name: 'ID authentication', roles },
    });
    expect(res.statusCode).toBe(201);
    return res.json().response as { id: string; clientId: string; secretKey: string };
  }

  it('creates an account whose secret key is shown once, stored as argon2id, and signs in', async () => {
    const as = await theAdmin();
    const created = await create();
    expect(created).toMatchObject({
      clientId: created.clientId,
      name: 'ID authentication',
      roles: ['ID_AUTHENTICATION', 'PARTNER_ADMIN'],
      status: 'enabled',
      createdBy: as.username,
    });
    expect(created.secretKey).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [row] = await t.current.db.select().from(users).where(eq(users.id, created.id));
    expect(row?.kind).toBe('service');
    expect(row?.secretHash?.startsWith('$argon2id$')).toBe(true);
    expect(row?.secretHash).not.toContain(created.secretKey);

    const login = await clientLogin(t.current, created.clientId, created.secretKey);
    expect(login.statusCode).toBe(200);
    const token = login.json().response.token as string;
    const me = await t.current.call({
      method: 'GET',
      url: WHOAMI,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json().response).toMatchObject({ userId: created.clientId, kind: 'service' });

    const one = await t.current.call({ method: 'GET', url: `${ACCOUNTS}/${created.id}`, as });
    expect(one.statusCode).toBe(200);
    expect(one.json().response.secretKey).toBeUndefined();

    const list = await t.current.call({
      method: 'GET',
      url: ACCOUNTS,
      as,
      query: {
        clientId: created.clientId,
        pageNo: '0',
        pageSize: '10',
        sortFieldName: 'clientId',
        sortType: 'desc',
      },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().response.totalResults).toBe(1);
    const text = JSON.stringify(list.json());
    expect(text).not.toContain(created.secretKey);
    expect(text).not.toMatch(/secretKey|argon2|secretHash/);

    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audits.map((a) => a.action)).toEqual(['service_account.create']);
    expect(JSON.stringify(audits)).not.toContain(created.secretKey);
    expect(JSON.stringify(audits)).not.toContain('$argon2');
  });

  it('lists only service accounts, paged, and filters by status', async () => {
    const as = await theAdmin();
    const a = await create(['RESIDENT']);
    const b = await create(['CREATE_SHARE']);
    await t.current.call({
      method: 'PATCH',
      url: `${ACCOUNTS}/${b.id}`,
      as,
      request: { status: 'disabled', reason: 'decommissioned' },
    });
    const all = await t.current.call({
      method: 'GET',
      url: ACCOUNTS,
      as,
      query: { pageNo: '0', pageSize: '500' },
    });
    const ids = all.json().response.data.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids).not.toContain(as.id);
    const disabled = await t.current.call({
      method: 'GET',
      url: ACCOUNTS,
      as,
      query: { status: 'disabled' },
    });
    expect(disabled.json().response.data.map((s: { id: string }) => s.id)).toEqual([b.id]);
    const paged = await t.current.call({
      method: 'GET',
      url: ACCOUNTS,
      as,
      query: { pageNo: '0', pageSize: '1' },
    });
    expect(paged.json().response.data).toHaveLength(1);
    expect(paged.json().response.totalResults).toBeGreaterThanOrEqual(2);
    const badSort = await t.current.call({
      method: 'GET',
      url: ACCOUNTS,
      as,
      query: { pageNo: '0', pageSize: '1', sortFieldName: 'secretHash', sortType: 'asc' },
    });
    expect(errorCodes(badSort)).toEqual(['PMS_PRT_357']);
  });

  it('refuses partner roles, a taken client id and invalid bodies', async () => {
    const as = await theAdmin();
    const partnerRole = await t.current.call({
      method: 'POST',
      url: ACCOUNTS,
      as,
      request: {
        clientId: 'svc-with-partner-role',
        name: 'x',
        roles: ['AUTH_PARTNER', 'RESIDENT', 'MISP_PARTNER'],
      },
    });
    expect(partnerRole.statusCode).toBe(400);
    expect(errorCodes(partnerRole)).toEqual(['PMS_USR_007', 'PMS_USR_007']);
    expect(fieldsOf(partnerRole)).toEqual(['roles', 'roles']);
    expect(
      await t.current.db.select().from(users).where(eq(users.username, 'svc-with-partner-role')),
    ).toHaveLength(0);

    const taken = await t.current.call({
      method: 'POST',
      url: ACCOUNTS,
      as,
      request: { clientId: as.username.toUpperCase(), name: 'x', roles: ['RESIDENT'] },
    });
    expect(taken.statusCode).toBe(409);
    expect(errorCodes(taken)).toEqual(['PMS_USR_001']);
    expect(fieldsOf(taken)).toEqual(['clientId']);

    const invalid = await t.current.call({
      method: 'POST',
      url: ACCOUNTS,
      as,
      request: { clientId: 'has space', name: '', roles: [], secretKey: 'mine' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(fieldsOf(invalid)).toEqual(
      expect.arrayContaining(['request.clientId', 'request.name', 'request.roles', 'request']),
    );
  });

  it('disabling ends the sessions and refuses sign-in; enabling allows it again', async () => {
    const as = await theAdmin();
    const created = await create(['ID_REPOSITORY']);
    const token = (await clientLogin(t.current, created.clientId, created.secretKey)).json().response.token;
    const off = await t.current.call({
      method: 'PATCH',
      url: `${ACCOUNTS}/${created.id}`,
      as,
      request: { status: 'disabled', reason: 'key leaked' },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().response.status).toBe('disabled');
    const refused = await clientLogin(t.current, created.clientId, created.secretKey);
    expect(refused.statusCode).toBe(401);
    expect(errorCodes(refused)).toEqual(['PMS_ATH_009']);
    const [audit] = await t.current.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'service_account.disable'), eq(auditEvents.entityId, created.id)));
    expect(audit).toMatchObject({ entityType: 'service_account', reason: 'key leaked' });

    const on = await t.current.call({
      method: 'PATCH',
      url: `${ACCOUNTS}/${created.id}`,
      as,
      request: { status: 'enabled' },
    });
    expect(on.json().response.status).toBe('enabled');
    const old = await t.current.call({
      method: 'GET',
      url: WHOAMI,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(old.statusCode).toBe(401);
    expect((await clientLogin(t.current, created.clientId, created.secretKey)).statusCode).toBe(200);

    const roles = await t.current.call({
      method: 'PATCH',
      url: `${ACCOUNTS}/${created.id}`,
      as,
      request: { roles: ['DEVICE_PROVIDER'] },
    });
    expect(roles.statusCode).toBe(400);
    expect(errorCodes(roles)).toEqual(['PMS_USR_007']);
    const noReason = await t.current.call({
      method: 'PATCH',
      url: `${ACCOUNTS}/${created.id}`,
      as,
      request: { status: 'disabled' },
    });
    expect(fieldsOf(noReason)).toEqual(['request.reason']);
  });

  it('rotates the secret: the new one works once shown, the old one and its sessions do not', async () => {
    const as = await theAdmin();
    const created = await create(['CREDENTIAL_ISSUANCE']);
    const token = (await clientLogin(t.current, created.clientId, created.secretKey)).json().response.token;
    const res = await t.current.call({ method: 'POST', url: `${ACCOUNTS}/${created.id}/secret`, as });
    expect(res.statusCode).toBe(200);
    const rotated = res.json().response;
    expect(rotated.secretKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.secretKey).not.toBe(created.secretKey);

    const old = await clientLogin(t.current, created.clientId, created.secretKey);
    expect(old.statusCode).toBe(401);
    expect(errorCodes(old)).toEqual(['PMS_ATH_008']);
    const oldSession = await t.current.call({
      method: 'GET',
      url: WHOAMI,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(oldSession.statusCode).toBe(401);
    expect((await clientLogin(t.current, created.clientId, rotated.secretKey)).statusCode).toBe(200);

    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audits.map((a) => a.action)).toContain('service_account.secret_rotate');
    expect(JSON.stringify(audits)).not.toContain(rotated.secretKey);
  });

  it('answers 404 for unknown ids and for people', async () => {
    const as = await theAdmin();
    for (const id of [newId(), as.id]) {
      const get = await t.current.call({ method: 'GET', url: `${ACCOUNTS}/${id}`, as });
      expect(get.statusCode).toBe(404);
      expect(errorCodes(get)).toEqual(['PMS_USR_004']);
      const rotate = await t.current.call({ method: 'POST', url: `${ACCOUNTS}/${id}/secret`, as });
      expect(rotate.statusCode).toBe(404);
      const patch = await t.current.call({
        method: 'PATCH',
        url: `${ACCOUNTS}/${id}`,
        as,
        request: { status: 'enabled' },
      });
      expect(patch.statusCode).toBe(404);
    }
    const [row] = await t.current.db.select().from(users).where(eq(users.id, as.id));
    expect(row?.secretHash).toBeNull();
  });

  it('answers 401 without a token and 403 to partners and policy managers', async () => {
    const target = await create(['RESIDENT']);
    const routes = [
      {
        method: 'POST' as const,
        url: ACCOUNTS,
        request: { clientId: 'svc-x', name: 'x', roles: ['RESIDENT'] },
      },
      { method: 'GET' as const, url: ACCOUNTS },
      { method: 'GET' as const, url: `${ACCOUNTS}/${target.id}` },
      {
        method: 'PATCH' as const,
        url: `${ACCOUNTS}/${target.id}`,
        request: { status: 'disabled', reason: 'x' },
      },
      { method: 'POST' as const, url: `${ACCOUNTS}/${target.id}/secret` },
    ];
    const partner = await t.current.createUser(['MISP_PARTNER']);
    const policyManager = await t.current.createUser(['POLICYMANAGER']);
    for (const route of routes) {
      expect((await t.current.call(route)).statusCode, `${route.method} ${route.url}`).toBe(401);
      for (const as of [partner, policyManager]) {
        const res = await t.current.call({ ...route, as });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
      }
    }
    expect((await clientLogin(t.current, target.clientId, target.secretKey)).statusCode).toBe(200);
  });
});
