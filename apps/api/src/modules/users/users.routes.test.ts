import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, TEST_PASSWORD, type TestApp, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { mails } from '../../platform/outbox/outbox.table.ts';
import { users } from '../identity/identity.table.ts';

const USERS = '/v1/partnermanager/users';
const LOGIN = '/v1/authmanager/authenticate/useridPwd';
const WHOAMI = '/v1/authmanager/authorize/admin/validateToken';
const RESET = '/v1/authmanager/password/reset';
const PUBLIC_URL = 'https://pms.example.org';
const NEW_PASSWORD = 'Chosen-by-user-55';

function fieldsOf(res: { json: () => unknown }): string[] {
  const body = res.json() as { errors: { field?: string }[] };
  return body.errors.map((e) => e.field ?? '');
}

function uniqueName(prefix: string): string {
  return `${prefix}_${newId().slice(0, 8)}`;
}

function newUserBody(overrides: Record<string, unknown> = {}) {
  const userName = uniqueName('created');
  return {
    userName,
    emailID: `${userName}@example.org`,
    contactNo: '+33 1 23 45 67 89',
    firstName: 'Claire',
    lastName: 'Martin',
    organizationName: 'Print Co',
    role: 'CREDENTIAL_PARTNER',
    userPassword: 'Initial-password-31',
    ...overrides,
  };
}

async function tokenFromMail(t: TestApp, to: string): Promise<string> {
  const [mail] = await t.db.select().from(mails).where(eq(mails.to, to)).orderBy(desc(mails.createdAt));
  const match = mail?.text.match(/\/reset-password\?token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no reset link in the mail to ${to}`);
  return match[1];
}

describe('admin user management', () => {
  const t = useTestApp({ PUBLIC_URL });
  let admin: SeededUser;

  async function theAdmin(): Promise<SeededUser> {
    admin ??= await t.current.createUser(['PARTNER_ADMIN']);
    return admin;
  }

  it('creates a user with a password: verified, can sign in, audited without secrets', async () => {
    const as = await theAdmin();
    const body = newUserBody();
    const res = await t.current.call({ method: 'POST', url: USERS, as, request: body });
    expect(res.statusCode).toBe(201);
    const created = res.json().response;
    expect(created).toMatchObject({
      userId: body.userName,
      userName: body.userName,
      emailID: body.emailID,
      contactNo: body.contactNo,
      organizationName: 'Print Co',
      role: 'CREDENTIAL_PARTNER',
      roles: ['CREDENTIAL_PARTNER'],
      kind: 'user',
      status: 'enabled',
      emailVerified: true,
      createdBy: as.username,
    });
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|Initial-password|Hash/);

    const login = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: body.userName, password: body.userPassword },
    });
    expect(login.statusCode).toBe(200);

    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audits.map((a) => a.action)).toEqual(['user.create']);
    expect(audits[0]?.actorName).toBe(as.username);
    expect(JSON.stringify(audits)).not.toMatch(/argon2|Initial-password/);
    // No mail when the admin chose the password.
    expect(await t.current.db.select().from(mails).where(eq(mails.to, body.emailID))).toHaveLength(0);
  });

  it('creates a user without a password and mails a set-password link that works once', async () => {
    const as = await theAdmin();
    const { userPassword: _none, ...body } = newUserBody({ langCode: 'ara', role: 'PARTNER_ADMIN' });
    const res = await t.current.call({ method: 'POST', url: USERS, as, request: body });
    expect(res.statusCode).toBe(201);
    expect(res.json().response).toMatchObject({ langCode: 'ara', roles: ['PARTNER_ADMIN'] });

    const [mail] = await t.current.db.select().from(mails).where(eq(mails.to, body.emailID));
    expect(mail?.template).toBe('account_setup');
    expect(mail?.lang).toBe('ara');
    expect(mail?.text).toMatch(/https:\/\/pms\.example\.org\/reset-password\?token=[A-Za-z0-9_-]{43}/);
    expect(JSON.stringify(res.json())).not.toContain('token=');

    const noPassword = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: body.userName, password: TEST_PASSWORD },
    });
    expect(noPassword.statusCode).toBe(401);

    const token = await tokenFromMail(t.current, body.emailID);
    const set = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: NEW_PASSWORD },
    });
    expect(set.statusCode).toBe(200);
    const login = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: body.userName, password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('refuses a duplicate e-mail or username with 409 and creates nothing', async () => {
    const as = await theAdmin();
    const existing = await t.current.createUser(['AUTH_PARTNER']);
    const dupEmail = newUserBody({ emailID: existing.email.toUpperCase() });
    const res = await t.current.call({ method: 'POST', url: USERS, as, request: dupEmail });
    expect(res.statusCode).toBe(409);
    expect(errorCodes(res)).toEqual(['PMS_USR_002']);
    expect(fieldsOf(res)).toEqual(['emailID']);
    expect(res.json().errors[0].message).toContain(existing.email.toUpperCase());
    expect(await t.current.db.select().from(users).where(eq(users.username, dupEmail.userName))).toHaveLength(
      0,
    );
    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.create'));
    expect(JSON.stringify(audits)).not.toContain(dupEmail.userName);

    const dupName = newUserBody({ userName: existing.username.toUpperCase() });
    const again = await t.current.call({ method: 'POST', url: USERS, as, request: dupName });
    expect(again.statusCode).toBe(409);
    expect(errorCodes(again)).toEqual(['PMS_USR_001']);
    expect(await t.current.db.select().from(users).where(eq(users.email, dupName.emailID))).toHaveLength(0);
  });

  it('answers one 201 and one 409 when the same e-mail is created twice at once', async () => {
    const as = await theAdmin();
    const email = `${uniqueName('race')}@example.org`;
    const results = await Promise.all([
      t.current.call({ method: 'POST', url: USERS, as, request: newUserBody({ emailID: email }) }),
      t.current.call({ method: 'POST', url: USERS, as, request: newUserBody({ emailID: email }) }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    expect(loser && errorCodes(loser)).toEqual(['PMS_USR_002']);
    expect(loser?.json().errors[0]).toMatchObject({
      field: 'emailID',
      message: expect.stringContaining(email),
    });
    expect(await t.current.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it('refuses a weak password and reports every invalid field', async () => {
    const as = await theAdmin();
    const weak = newUserBody({ userPassword: 'short' });
    const res = await t.current.call({ method: 'POST', url: USERS, as, request: weak });
    expect(res.statusCode).toBe(400);
    expect(errorCodes(res)).toEqual(['PMS_ATH_005']);
    expect(fieldsOf(res)).toEqual(['userPassword']);
    expect(await t.current.db.select().from(users).where(eq(users.username, weak.userName))).toHaveLength(0);

    const invalid = await t.current.call({
      method: 'POST',
      url: USERS,
      as,
      request: { userName: 'a b', emailID: 'not-an-email', role: 'KING', partnerType: 'x' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(fieldsOf(invalid)).toEqual(
      expect.arrayContaining(['request.userName', 'request.emailID', 'request.role', 'request']),
    );
  });

  it('lists users paged, sorted and filtered in SQL, without secrets', async () => {
    const as = await theAdmin();
    const org = uniqueName('Org_%');
    const names = ['c', 'a', 'b'].map((l) => `${l}${uniqueName('lst')}`);
    for (const [i, userName] of names.entries()) {
      const body = newUserBody({
        userName,
        emailID: `${userName}@example.org`,
        organizationName: org,
        role: i === 0 ? 'DEVICE_PROVIDER' : 'FTM_PROVIDER',
      });
      expect((await t.current.call({ method: 'POST', url: USERS, as, request: body })).statusCode).toBe(201);
    }
    // A look-alike organisation that only matches if `%` and `_` were wildcards.
    await t.current.call({
      method: 'POST',
      url: USERS,
      as,
      request: newUserBody({ organizationName: org.replace('_%', 'Xy') }),
    });

    const page = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: {
        organizationName: org.toLowerCase(),
        pageNo: '0',
        pageSize: '2',
        sortFieldName: 'userName',
        sortType: 'asc',
      },
    });
    expect(page.statusCode).toBe(200);
    const body = page.json().response;
    expect(body.totalResults).toBe(3);
    expect(body.data.map((u: { userName: string }) => u.userName)).toEqual([...names].sort().slice(0, 2));
    const second = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: {
        organizationName: org,
        pageNo: '1',
        pageSize: '2',
        sortFieldName: 'userName',
        sortType: 'asc',
      },
    });
    expect(second.json().response.data.map((u: { userName: string }) => u.userName)).toEqual([
      [...names].sort()[2],
    ]);

    const byRole = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: { organizationName: org, role: 'DEVICE_PROVIDER' },
    });
    expect(byRole.json().response.data.map((u: { userName: string }) => u.userName)).toEqual([names[0]]);

    const byEmail = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: { email: (names[1] ?? '').toUpperCase() },
    });
    expect(byEmail.json().response.totalResults).toBe(1);

    const all = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: { pageNo: '0', pageSize: '500' },
    });
    const text = JSON.stringify(all.json());
    expect(text).not.toMatch(/argon2|passwordHash|secretHash|password/i);

    const badSort = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: { pageNo: '0', pageSize: '10', sortFieldName: 'passwordHash', sortType: 'asc' },
    });
    expect(badSort.statusCode).toBe(400);
    expect(errorCodes(badSort)).toEqual(['PMS_PRT_357']);
    const badStatus = await t.current.call({ method: 'GET', url: USERS, as, query: { status: 'gone' } });
    expect(badStatus.statusCode).toBe(400);
    expect(fieldsOf(badStatus)).toEqual(['querystring.status']);
  });

  it('filters by status and kind', async () => {
    const as = await theAdmin();
    const off = await t.current.createUser(['AUTH_PARTNER']);
    const toggle = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${off.id}`,
      as,
      request: { status: 'disabled', reason: 'left the company' },
    });
    expect(toggle.statusCode).toBe(200);
    const disabled = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: { status: 'disabled', pageNo: '0', pageSize: '500' },
    });
    const ids = disabled.json().response.data.map((u: { id: string }) => u.id);
    expect(ids).toContain(off.id);
    expect(ids).not.toContain(as.id);

    const created = await t.current.call({
      method: 'POST',
      url: '/v1/partnermanager/service-accounts',
      as,
      request: { clientId: uniqueName('svc'), name: 'IDA', roles: ['ID_AUTHENTICATION'] },
    });
    const services = await t.current.call({
      method: 'GET',
      url: USERS,
      as,
      query: { kind: 'service', pageNo: '0', pageSize: '500' },
    });
    const list = services.json().response.data as { id: string; kind: string }[];
    expect(list.map((u) => u.id)).toContain(created.json().response.id);
    expect(list.every((u) => u.kind === 'service')).toBe(true);
    expect(JSON.stringify(services.json())).not.toContain(created.json().response.secretKey);
  });

  it('reads one user; unknown ids answer 404 and malformed ids 400', async () => {
    const as = await theAdmin();
    const user = await t.current.createUser(['ABIS_PARTNER']);
    const res = await t.current.call({ method: 'GET', url: `${USERS}/${user.id}`, as });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toMatchObject({
      id: user.id,
      userName: user.username,
      roles: ['ABIS_PARTNER'],
    });
    const missing = await t.current.call({ method: 'GET', url: `${USERS}/${newId()}`, as });
    expect(missing.statusCode).toBe(404);
    expect(errorCodes(missing)).toEqual(['PMS_USR_003']);
    const malformed = await t.current.call({ method: 'GET', url: `${USERS}/42`, as });
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed)).toEqual(['params.id']);
  });

  it('disables a user with a reason: sessions end, sign-in refused, audited; enabling restores', async () => {
    const as = await theAdmin();
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const res = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${user.id}`,
      as,
      request: { status: 'disabled', reason: 'contract ended' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response.status).toBe('disabled');
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(401);
    const login = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: user.username, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    expect(errorCodes(login)).toEqual(['PMS_ATH_009']);

    const [audit] = await t.current.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id))
      .orderBy(desc(auditEvents.occurredAt));
    expect(audit).toMatchObject({ action: 'user.disable', reason: 'contract ended', actorName: as.username });
    expect(audit?.before).toMatchObject({ status: 'enabled' });
    expect(audit?.after).toMatchObject({ status: 'disabled' });

    const enable = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${user.id}`,
      as,
      request: { status: 'enabled' },
    });
    expect(enable.json().response.status).toBe('enabled');
    // The sessions were ended, not merely suspended: re-enabling does not revive the old token.
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(401);
    const back = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: user.username, password: TEST_PASSWORD },
    });
    expect(back.statusCode).toBe(200);
  });

  it('grants additional roles with the account in one request', async () => {
    const as = await theAdmin();
    const body = newUserBody({ role: 'PARTNER_ADMIN', additionalRoles: ['POLICYMANAGER', 'PARTNER_ADMIN'] });
    const res = await t.current.call({ method: 'POST', url: USERS, as, request: body });
    expect(res.statusCode).toBe(201);
    expect(res.json().response.roles).toEqual(['PARTNER_ADMIN', 'POLICYMANAGER']);
  });

  it('replaces roles, effective at once', async () => {
    const as = await theAdmin();
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const res = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${user.id}`,
      as,
      request: { roles: ['POLICYMANAGER', 'POLICYMANAGER', 'AUTH_PARTNER'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response.roles).toEqual(['POLICYMANAGER', 'AUTH_PARTNER']);
    const me = await t.current.call({ method: 'GET', url: WHOAMI, as: user });
    expect(me.json().response.roles).toEqual(['POLICYMANAGER', 'AUTH_PARTNER']);
    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audits.map((a) => a.action)).toContain('user.update');
  });

  it('refuses an admin disabling themselves or dropping their own PARTNER_ADMIN', async () => {
    const self = await t.current.createUser(['PARTNER_ADMIN']);
    const disable = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${self.id}`,
      as: self,
      request: { status: 'disabled', reason: 'oops' },
    });
    expect(disable.statusCode).toBe(409);
    expect(errorCodes(disable)).toEqual(['PMS_USR_005']);
    const demote = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${self.id}`,
      as: self,
      request: { roles: ['POLICYMANAGER'] },
    });
    expect(demote.statusCode).toBe(409);
    expect(errorCodes(demote)).toEqual(['PMS_USR_006']);
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: self })).json().response.roles).toEqual([
      'PARTNER_ADMIN',
    ]);
  });

  it('validates updates: a reason to disable, something to change, known roles', async () => {
    const as = await theAdmin();
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const noReason = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${user.id}`,
      as,
      request: { status: 'disabled' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(fieldsOf(noReason)).toEqual(['request.reason']);
    const empty = await t.current.call({ method: 'PATCH', url: `${USERS}/${user.id}`, as, request: {} });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['request.status']);
    const badRoles = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${user.id}`,
      as,
      request: { roles: [] },
    });
    expect(badRoles.statusCode).toBe(400);
    expect(fieldsOf(badRoles)).toEqual(['request.roles']);
    const missing = await t.current.call({
      method: 'PATCH',
      url: `${USERS}/${newId()}`,
      as,
      request: { status: 'enabled' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('mails a password-reset link on request, never answering the link', async () => {
    const as = await theAdmin();
    const user = await t.current.createUser(['AUTH_PARTNER'], { locale: 'fra' });
    const res = await t.current.call({ method: 'POST', url: `${USERS}/${user.id}/password-reset`, as });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toMatchObject({ status: 'success', emailID: user.email });
    expect(JSON.stringify(res.json())).not.toContain('token');
    const [mail] = await t.current.db.select().from(mails).where(eq(mails.to, user.email));
    expect(mail).toMatchObject({ template: 'password_reset', lang: 'fra' });
    const token = await tokenFromMail(t.current, user.email);
    const set = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: NEW_PASSWORD },
    });
    expect(set.statusCode).toBe(200);
    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audits.map((a) => a.action)).toContain('user.password_reset_request');
    expect(JSON.stringify(audits)).not.toContain(token);

    const svc = await t.current.call({
      method: 'POST',
      url: '/v1/partnermanager/service-accounts',
      as,
      request: { clientId: uniqueName('svc'), name: 'Resident', roles: ['RESIDENT'] },
    });
    const forService = await t.current.call({
      method: 'POST',
      url: `${USERS}/${svc.json().response.id}/password-reset`,
      as,
    });
    expect(forService.statusCode).toBe(409);
    expect(errorCodes(forService)).toEqual(['PMS_USR_008']);
    const unknown = await t.current.call({ method: 'POST', url: `${USERS}/${newId()}/password-reset`, as });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 401 without a token and 403 to partners and policy managers on every route', async () => {
    const target = await t.current.createUser(['AUTH_PARTNER']);
    const routes = [
      { method: 'POST' as const, url: USERS, request: newUserBody() },
      { method: 'GET' as const, url: USERS },
      { method: 'GET' as const, url: `${USERS}/${target.id}` },
      {
        method: 'PATCH' as const,
        url: `${USERS}/${target.id}`,
        request: { status: 'disabled', reason: 'x' },
      },
      { method: 'POST' as const, url: `${USERS}/${target.id}/password-reset` },
    ];
    const partner = await t.current.createUser(['AUTH_PARTNER', 'DEVICE_PROVIDER']);
    const policyManager = await t.current.createUser(['POLICYMANAGER']);
    for (const route of routes) {
      const anonymous = await t.current.call(route);
      expect(anonymous.statusCode, `${route.method} ${route.url}`).toBe(401);
      for (const as of [partner, policyManager]) {
        const res = await t.current.call({ ...route, as });
        expect(res.statusCode, `${route.method} ${route.url} as ${as.roles}`).toBe(403);
        expect(errorCodes(res)).toEqual(['KER-ATH-403']);
      }
    }
    // Nothing happened to the target.
    const [row] = await t.current.db.select().from(users).where(eq(users.id, target.id));
    expect(row?.enabled).toBe(true);
    expect(await t.current.db.select().from(mails).where(eq(mails.to, target.email))).toHaveLength(0);
  });
});
