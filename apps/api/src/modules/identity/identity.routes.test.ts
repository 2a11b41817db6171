import { describe, expect, it } from 'vitest';
import { errorCodes, TEST_PASSWORD, useTestApp } from '../../../test/app.ts';

const LOGIN = '/v1/authmanager/authenticate/useridPwd';
const WHOAMI = '/v1/authmanager/authorize/admin/validateToken';
const LOGOUT = '/v1/authmanager/logout/user';

describe('sign-in, sessions and sign-out', () => {
  const t = useTestApp({ LOGIN_MAX_FAILURES_PER_USER: 3 });

  it('signs in, sets the HttpOnly cookie and answers who am I', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const res = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: user.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'Authorization');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.headers.authorization).toBe(cookie?.value);
    const body = res.json();
    expect(body.responsetime).toBeTypeOf('string');
    expect(body.errors).toEqual([]);

    const me = await t.current.call({
      method: 'GET',
      url: WHOAMI,
      cookies: { Authorization: cookie?.value ?? '' },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().response).toMatchObject({
      userId: user.username,
      roles: ['AUTH_PARTNER'],
      langCode: 'eng',
    });
  });

  it('answers 401 with KER-ATH-401 without, or with a forged, token', async () => {
    const none = await t.current.call({ method: 'GET', url: WHOAMI });
    expect(none.statusCode).toBe(401);
    expect(errorCodes(none)).toEqual(['KER-ATH-401']);
    const forged = await t.current.call({
      method: 'GET',
      url: WHOAMI,
      headers: { authorization: 'Bearer forged' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('gives the same answer for an unknown user and a wrong password, in the caller language', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const unknown = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: 'nobody', password: 'x' },
    });
    const wrong = await t.current.call({
      method: 'POST',
      url: LOGIN,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
      request: { userName: user.username, password: 'wrong' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(errorCodes(unknown)).toEqual(['PMS_ATH_001']);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].message).toBe('Nom d’utilisateur ou mot de passe incorrect.');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const attempt = (password: string) =>
      t.current.call({ method: 'POST', url: LOGIN, request: { userName: user.username, password } });
    expect((await attempt('bad-1')).statusCode).toBe(401);
    expect((await attempt('bad-2')).statusCode).toBe(401);
    const third = await attempt('bad-3');
    expect(third.statusCode).toBe(423);
    expect(errorCodes(third)).toEqual(['PMS_ATH_002']);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('logout really ends the session', async () => {
    const user = await t.current.createUser(['POLICYMANAGER']);
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(200);
    expect((await t.current.call({ method: 'POST', url: LOGOUT, as: user })).statusCode).toBe(200);
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const user = await t.current.createUser(['POLICYMANAGER']);
    const cookies = { Authorization: user.token };
    const without = await t.current.call({ method: 'POST', url: LOGOUT, cookies });
    expect(without.statusCode).toBe(403);
    expect(errorCodes(without)).toEqual(['PMS_ATH_004']);
  });

  it('refuses disabled users and expired sessions with 401', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const { users } = await import('../identity/identity.table.ts');
    const { eq } = await import('drizzle-orm');
    await t.current.db.update(users).set({ enabled: false }).where(eq(users.id, user.id));
    expect((await t.current.call({ method: 'GET', url: WHOAMI, as: user })).statusCode).toBe(401);
  });

  it('reports every validation issue with its field, and unknown fields', async () => {
    const res = await t.current.call({
      method: 'POST',
      url: LOGIN,
      request: { userName: '', password: 'x'.repeat(500), extra: true },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['request.userName', 'request.password', 'request']));
    expect(errorCodes(res).every((c) => c === 'PMS_COR_001')).toBe(true);
  });
});
