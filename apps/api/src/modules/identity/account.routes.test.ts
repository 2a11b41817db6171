import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorCodes, TEST_PASSWORD, type TestApp, useTestApp } from '../../../test/app.ts';
import { newId, sha256Hex } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { mails } from '../../platform/outbox/outbox.table.ts';
import { createUserAccount, issueEmailVerification } from './email-verification.ts';
import { users, userTokens } from './identity.table.ts';

const LOGIN = '/v1/authmanager/authenticate/useridPwd';
const WHOAMI = '/v1/authmanager/authorize/admin/validateToken';
const ME = '/v1/authmanager/users/me';
const MY_PASSWORD = '/v1/authmanager/users/me/password';
const FORGOT = '/v1/authmanager/password/forgot';
const RESET = '/v1/authmanager/password/reset';
const VERIFY = '/v1/authmanager/email/verify';
const NEW_PASSWORD = 'Brand-new-secret-77';
const PUBLIC_URL = 'https://pms.example.org';

let addressCounter = 0;
/** A distinct client address per call site, so the per-address forgot-password throttle stays out of the way. */
function freshAddress(): Record<string, string> {
  addressCounter += 1;
  return { 'x-forwarded-for': `198.51.100.${addressCounter}` };
}

function login(t: TestApp, userName: string, password: string) {
  return t.call({ method: 'POST', url: LOGIN, request: { userName, password } });
}

async function mailsTo(t: TestApp, to: string) {
  return t.db.select().from(mails).where(eq(mails.to, to)).orderBy(desc(mails.createdAt));
}

/** The token in the newest mail to `to` that carries a link to `path`. */
async function tokenFromMail(t: TestApp, to: string, path = '/reset-password'): Promise<string> {
  const [mail] = await mailsTo(t, to);
  const escaped = path.replace(/[/-]/g, '\\$&');
  const match = mail?.text.match(new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in the mail to ${to}`);
  return match[1];
}

function depsOf(t: TestApp): AppDeps {
  return {
    db: t.db,
    config: t.config,
    outbox: { websubEnabled: false, publisher: 'pms' },
    masterKey: randomBytes(32),
  };
}

const systemCtx: RequestContext = { requestId: 'test', address: '127.0.0.1', lang: 'eng', actor: undefined };

function fieldsOf(res: { json: () => unknown }): string[] {
  const body = res.json() as { errors: { field?: string }[] };
  return body.errors.map((e) => e.field ?? '');
}

/** An envelope answer without its timestamp, to compare two answers. */
function timeless(res: { json: () => unknown }) {
  const { responsetime: _ignored, ...rest } = res.json() as Record<string, unknown>;
  return rest;
}

describe('own profile', () => {
  const t = useTestApp({ PUBLIC_URL });

  it('reads and updates the own profile; the chosen language drives validateToken and messages', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const read = await t.current.call({ method: 'GET', url: ME, as: user });
    expect(read.statusCode).toBe(200);
    expect(read.json().response).toMatchObject({ userId: user.username, email: user.email, locale: 'eng' });

    const res = await t.current.call({
      method: 'PATCH',
      url: ME,
      as: user,
      request: { firstName: 'Amina', lastName: 'Diallo', phone: '+221 77 000 00 00', locale: 'fra' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toMatchObject({
      firstName: 'Amina',
      lastName: 'Diallo',
      phone: '+221 77 000 00 00',
      locale: 'fra',
      roles: ['AUTH_PARTNER'],
    });
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|passwordHash/);

    const me = await t.current.call({ method: 'GET', url: WHOAMI, as: user });
    expect(me.json().response).toMatchObject({ langCode: 'fra', name: 'Amina Diallo' });
    // Without Accept-Language the stored language answers.
    const wrong = await t.current.call({
      method: 'PUT',
      url: MY_PASSWORD,
      as: user,
      request: { currentPassword: 'not-the-password-1', newPassword: NEW_PASSWORD },
    });
    expect(wrong.json().errors[0].message).toBe('Le mot de passe actuel est incorrect.');

    const cleared = await t.current.call({ method: 'PATCH', url: ME, as: user, request: { phone: null } });
    expect(cleared.json().response.phone).toBeNull();
    expect(cleared.json().response.firstName).toBe('Amina');

    const audits = await t.current.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id))
      .orderBy(desc(auditEvents.occurredAt));
    expect(audits.map((a) => a.action)).toContain('user.profile_update');
  });

  it('validates the profile fields, each with its field', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const res = await t.current.call({
      method: 'PATCH',
      url: ME,
      as: user,
      request: { locale: 'deu', firstName: 'x'.repeat(200), roles: ['PARTNER_ADMIN'] },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['request.locale', 'request.firstName', 'request']));
    const after = await t.current.call({ method: 'GET', url: WHOAMI, as: user });
    expect(after.json().response.roles).toEqual(['AUTH_PARTNER']);
  });

  it('answers 401 without a token, and to a disabled user', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    await t.current.db.update(users).set({ enabled: false }).where(eq(users.id, user.id));
    const disabled = await t.current.call({ method: 'PATCH', url: ME, as: user, request: { locale: 'ara' } });
    expect(disabled.statusCode).toBe(401);
    const [row] = await t.current.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.locale).toBe('eng');
    expect((await t.current.call({ method: 'GET', url: ME })).statusCode).toBe(401);
    const res = await t.current.call({ method: 'PATCH', url: ME, request: { locale: 'fra' } });
    expect(res.statusCode).toBe(401);
    expect(errorCodes(res)).toEqual(['KER-ATH-401']);
  });
});

describe('change own password', () => {
  const t = useTestApp({ PUBLIC_URL });

  it('changes the password, keeps this session and ends the others', async () => {
    const user = await t.current.createUser(['POLICYMANAGER']);
    const other = await login(t.current, user.username, TEST_PASSWORD);
    const otherToken = other.json().response.token as string;
    const res = await t.current.call({
      method: 'PUT',
      url: MY_PASSWORD,
      as: user,
      request: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response.status).toBe('success');

    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(200);
    const otherSession = await t.current.call({
      method: 'GET',
      url: WHOAMI,
      headers: { authorization: `Bearer ${otherToken}` },
    });
    expect(otherSession.statusCode).toBe(401);
    expect((await login(t.current, user.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(t.current, user.username, NEW_PASSWORD)).statusCode).toBe(200);

    const [row] = await t.current.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash?.startsWith('$argon2id$')).toBe(true);
    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    const change = audits.find((a) => a.action === 'user.password_change');
    expect(change).toBeDefined();
    expect(JSON.stringify(audits)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(audits)).not.toContain('$argon2');
  });

  it('refuses a wrong current password (PMS_ATH_006) and a weak new one (PMS_ATH_005)', async () => {
    const user = await t.current.createUser(['POLICYMANAGER']);
    const wrong = await t.current.call({
      method: 'PUT',
      url: MY_PASSWORD,
      as: user,
      request: { currentPassword: 'Wrong-password-99', newPassword: NEW_PASSWORD },
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorCodes(wrong)).toEqual(['PMS_ATH_006']);
    expect(fieldsOf(wrong)).toEqual(['currentPassword']);

    for (const weak of ['short1!', 'onlylettersherexx', `${user.username}-Secret-1`]) {
      const res = await t.current.call({
        method: 'PUT',
        url: MY_PASSWORD,
        as: user,
        request: { currentPassword: TEST_PASSWORD, newPassword: weak },
      });
      expect(res.statusCode).toBe(400);
      expect(errorCodes(res)).toEqual(['PMS_ATH_005']);
      expect(fieldsOf(res)).toEqual(['newPassword']);
    }
    expect((await login(t.current, user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('validates the body and needs a token', async () => {
    const user = await t.current.createUser(['POLICYMANAGER']);
    const res = await t.current.call({
      method: 'PUT',
      url: MY_PASSWORD,
      as: user,
      request: { currentPassword: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['request.currentPassword', 'request.newPassword']));
    const anonymous = await t.current.call({
      method: 'PUT',
      url: MY_PASSWORD,
      request: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('forgot and reset password', () => {
  const t = useTestApp({ PUBLIC_URL, LOGIN_MAX_FAILURES_PER_USER: 3 });

  it('answers the same for a known and an unknown account, and mails only the known one', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const known = await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: user.username },
    });
    const unknown = await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: 'nobody-here' },
    });
    const unknownEmail = await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { email: 'nobody@example.org' },
    });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(timeless(known)).toEqual(timeless(unknown));
    expect(timeless(known)).toEqual(timeless(unknownEmail));
    expect(JSON.stringify(known.json())).not.toMatch(/token=/);

    const sent = await mailsTo(t.current, user.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.template).toBe('password_reset');
    expect(sent[0]?.text).toMatch(/https:\/\/pms\.example\.org\/reset-password\?token=[A-Za-z0-9_-]{43}/);
    expect(await mailsTo(t.current, 'nobody@example.org')).toHaveLength(0);

    // Only the SHA-256 of the token is stored.
    const token = await tokenFromMail(t.current, user.email);
    const stored = await t.current.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(sha256Hex(token));
    expect(stored[0]?.purpose).toBe('password_reset');
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('finds the account by e-mail, writes the mail in the user language, and skips disabled users', async () => {
    const french = await t.current.createUser(['AUTH_PARTNER'], { locale: 'fra' });
    const arabic = await t.current.createUser(['AUTH_PARTNER'], { locale: 'ara' });
    const disabled = await t.current.createUser(['AUTH_PARTNER']);
    await t.current.db.update(users).set({ enabled: false }).where(eq(users.id, disabled.id));

    for (const body of [
      { email: french.email.toUpperCase() },
      { userName: arabic.email },
      { userName: disabled.username },
    ]) {
      const res = await t.current.call({
        method: 'POST',
        url: FORGOT,
        headers: freshAddress(),
        request: body,
      });
      expect(res.statusCode).toBe(200);
    }
    const [fr] = await mailsTo(t.current, french.email);
    expect(fr?.subject).toBe('Réinitialisez votre mot de passe PMS');
    expect(fr?.lang).toBe('fra');
    const [ar] = await mailsTo(t.current, arabic.email);
    expect(ar?.subject).toBe('إعادة تعيين كلمة مرور PMS');
    expect(ar?.text).toContain('/reset-password?token=');
    expect(await mailsTo(t.current, disabled.email)).toHaveLength(0);
  });

  it('resets the password once: clears the lockout, ends every session, and refuses the token again', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    for (const attempt of ['bad-1', 'bad-2', 'bad-3']) await login(t.current, user.username, attempt);
    expect((await login(t.current, user.username, TEST_PASSWORD)).statusCode).toBe(423);
    await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: user.username },
    });
    const token = await tokenFromMail(t.current, user.email);

    const weak = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: 'weak' },
    });
    expect(weak.statusCode).toBe(400);
    expect(errorCodes(weak)).toEqual(['PMS_ATH_005']);
    expect(fieldsOf(weak)).toEqual(['newPassword']);

    // The weak attempt did not use the token up.
    const res = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(401);
    expect((await login(t.current, user.username, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: 'Another-secret-88' },
    });
    expect(again.statusCode).toBe(400);
    expect(errorCodes(again)).toEqual(['PMS_ATH_007']);
    expect((await login(t.current, user.username, NEW_PASSWORD)).statusCode).toBe(200);

    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.password_reset_request', 'user.password_reset']),
    );
    expect(JSON.stringify(audits)).not.toContain(token);
    expect(JSON.stringify(audits)).not.toContain(NEW_PASSWORD);
  });

  it('lets only the newest link work, and refuses forged tokens', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: user.username },
    });
    const first = await tokenFromMail(t.current, user.email);
    await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: user.username },
    });
    const second = await tokenFromMail(t.current, user.email);
    expect(second).not.toBe(first);
    const old = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token: first, newPassword: NEW_PASSWORD },
    });
    expect(errorCodes(old)).toEqual(['PMS_ATH_007']);
    const forged = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token: 'A'.repeat(43), newPassword: NEW_PASSWORD },
    });
    expect(forged.statusCode).toBe(400);
    expect(errorCodes(forged)).toEqual(['PMS_ATH_007']);
    const ok = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token: second, newPassword: NEW_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('lets exactly one of two simultaneous resets with the same token win', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: user.username },
    });
    const token = await tokenFromMail(t.current, user.email);
    const [a, b] = await Promise.all([
      t.current.call({ method: 'POST', url: RESET, request: { token, newPassword: 'First-racer-pass-1' } }),
      t.current.call({ method: 'POST', url: RESET, request: { token, newPassword: 'Second-racer-pass-2' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 400]);
    const winner = a.statusCode === 200 ? 'First-racer-pass-1' : 'Second-racer-pass-2';
    const loser = a.statusCode === 200 ? 'Second-racer-pass-2' : 'First-racer-pass-1';
    expect((await login(t.current, user.username, winner)).statusCode).toBe(200);
    expect((await login(t.current, user.username, loser)).statusCode).toBe(401);
  });

  it('throttles forgot-password per client address, whatever the account', async () => {
    const address = { 'x-forwarded-for': '203.0.113.77' };
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await t.current.call({
        method: 'POST',
        url: FORGOT,
        headers: address,
        request: { userName: `someone-${i}` },
      });
      answers.push(res.statusCode);
      if (i === 5) expect(errorCodes(res)).toEqual(['PMS_COR_429']);
    }
    expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
    const elsewhere = await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: 'someone' },
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('validates forgot and reset bodies with their fields', async () => {
    const empty = await t.current.call({ method: 'POST', url: FORGOT, headers: freshAddress(), request: {} });
    expect(empty.statusCode).toBe(400);
    expect(errorCodes(empty)).toEqual(['PMS_COR_001']);
    expect(fieldsOf(empty)).toEqual(['request.userName']);
    const extra = await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: freshAddress(),
      request: { userName: 'x', admin: true },
    });
    expect(extra.statusCode).toBe(400);
    const reset = await t.current.call({ method: 'POST', url: RESET, request: { token: '' } });
    expect(reset.statusCode).toBe(400);
    expect(fieldsOf(reset)).toEqual(expect.arrayContaining(['request.token', 'request.newPassword']));
  });
});

describe('reset link expiry and request origin', () => {
  const t = useTestApp({ PASSWORD_RESET_TTL_S: 1 });

  it('builds the link from the request origin without PUBLIC_URL, and refuses it once expired', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const res = await t.current.call({
      method: 'POST',
      url: FORGOT,
      headers: { host: 'portal.test:8443', ...freshAddress() },
      request: { userName: user.username },
    });
    expect(res.statusCode).toBe(200);
    const [mail] = await mailsTo(t.current, user.email);
    expect(mail?.text).toMatch(/http:\/\/portal\.test:8443\/reset-password\?token=/);
    const token = await tokenFromMail(t.current, user.email);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const late = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: NEW_PASSWORD },
    });
    expect(late.statusCode).toBe(400);
    expect(errorCodes(late)).toEqual(['PMS_ATH_007']);
    expect((await login(t.current, user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('e-mail verification and account creation building blocks', () => {
  const t = useTestApp({ PUBLIC_URL });

  async function unverifiedUser() {
    const deps = depsOf(t.current);
    const username = `signup_${newId().slice(0, 8)}`;
    return t.current.db.transaction((tx) =>
      createUserAccount(tx, deps, systemCtx, {
        username,
        email: `${username}@example.org`,
        roles: ['AUTH_PARTNER'],
        locale: 'fra',
        password: TEST_PASSWORD,
        emailVerified: false,
      }),
    );
  }

  it('mails a verification link; the token verifies once and then sign-in works', async () => {
    const user = await unverifiedUser();
    const email = user.email ?? '';
    const deps = depsOf(t.current);
    await t.current.db.transaction((tx) =>
      issueEmailVerification(tx, deps, { ...user, email }, 'https://signup.example.org/'),
    );
    const [mail] = await mailsTo(t.current, email);
    expect(mail?.template).toBe('email_verification');
    expect(mail?.subject).toBe('Confirmez votre adresse e-mail pour PMS');
    expect(mail?.text).toMatch(/https:\/\/signup\.example\.org\/verify-email\?token=/);
    const token = await tokenFromMail(t.current, email, '/verify-email');

    const blocked = await login(t.current, user.username, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(403);
    expect(errorCodes(blocked)).toEqual(['PMS_ATH_010']);

    const res = await t.current.call({ method: 'POST', url: VERIFY, request: { token } });
    expect(res.statusCode).toBe(200);
    expect((await login(t.current, user.username, TEST_PASSWORD)).statusCode).toBe(200);

    const again = await t.current.call({ method: 'POST', url: VERIFY, request: { token } });
    expect(again.statusCode).toBe(400);
    expect(errorCodes(again)).toEqual(['PMS_ATH_007']);
    // A verification token is not a password-reset token.
    const asReset = await t.current.call({
      method: 'POST',
      url: RESET,
      request: { token, newPassword: NEW_PASSWORD },
    });
    expect(errorCodes(asReset)).toEqual(['PMS_ATH_007']);
  });

  it('refuses unknown tokens and validates the body', async () => {
    const bad = await t.current.call({ method: 'POST', url: VERIFY, request: { token: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(errorCodes(bad)).toEqual(['PMS_ATH_007']);
    const invalid = await t.current.call({
      method: 'POST',
      url: VERIFY,
      request: { token: 'x'.repeat(500) },
    });
    expect(invalid.statusCode).toBe(400);
    expect(fieldsOf(invalid)).toEqual(['request.token']);
  });

  it('leaves no user, audit, token or mail when the surrounding transaction fails', async () => {
    const deps = depsOf(t.current);
    const username = `rollback_${newId().slice(0, 8)}`;
    const email = `${username}@example.org`;
    await expect(
      t.current.db.transaction(async (tx) => {
        const user = await createUserAccount(tx, deps, systemCtx, {
          username,
          email,
          roles: ['AUTH_PARTNER'],
          password: TEST_PASSWORD,
          emailVerified: false,
        });
        await issueEmailVerification(tx, deps, { ...user, email }, PUBLIC_URL);
        throw new Error('partner insert failed');
      }),
    ).rejects.toThrow('partner insert failed');
    expect(await t.current.db.select().from(users).where(eq(users.username, username))).toHaveLength(0);
    expect(await mailsTo(t.current, email)).toHaveLength(0);
    const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.create'));
    expect(JSON.stringify(audits)).not.toContain(username);
  });

  it('refuses a taken username and e-mail together, and a weak password', async () => {
    const existing = await t.current.createUser(['AUTH_PARTNER']);
    const deps = depsOf(t.current);
    const attempt = (input: { username: string; email: string; password?: string }) =>
      t.current.db.transaction((tx) =>
        createUserAccount(tx, deps, systemCtx, { ...input, roles: ['AUTH_PARTNER'], emailVerified: true }),
      );
    await expect(
      attempt({ username: existing.username.toUpperCase(), email: existing.email.toUpperCase() }),
    ).rejects.toMatchObject({
      problems: [
        { code: 'PMS_USR_001', field: 'userName' },
        { code: 'PMS_USR_002', field: 'emailID' },
      ],
    });
    await expect(
      attempt({ username: 'fresh_name', email: 'fresh@example.org', password: 'weak' }),
    ).rejects.toMatchObject({ problems: [{ code: 'PMS_ATH_005', field: 'userPassword' }] });
    expect(await t.current.db.select().from(users).where(eq(users.username, 'fresh_name'))).toHaveLength(0);
  });
});
