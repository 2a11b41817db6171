import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCodes, useTestApp } from '../../../test/app.ts';
import { mails, outboxMessages } from '../../platform/outbox/outbox.table.ts';
import { users } from '../identity/identity.table.ts';
import { partners } from './partner.table.ts';
import { B, insertGroup, mailsTo, partnerUser, unique } from './partner.test-helpers.ts';
import { signupSettings } from './signup-challenge.ts';

const defaults = { ...signupSettings };

describe('public partner sign-up', () => {
  const t = useTestApp();
  let address = 0;
  /** Each test signs up from its own address so the per-address limit does not leak between tests. */
  const from = () => ({ 'x-forwarded-for': `10.0.${Math.floor(address / 250)}.${(address++ % 250) + 1}` });

  beforeEach(() => {
    signupSettings.minFillMs = 0;
  });
  afterEach(() => {
    Object.assign(signupSettings, defaults);
  });

  async function challenge(): Promise<string> {
    const res = await t.current.call({ method: 'GET', url: `${B}/partners/signup/challenge` });
    expect(res.statusCode).toBe(200);
    return res.json().response.challenge;
  }

  function form(overrides: Record<string, unknown> = {}) {
    const id = unique('s');
    return {
      userName: `${id}user`,
      password: 'Strong-pass-2026!',
      firstName: 'Ada',
      lastName: 'Lovelace',
      partnerId: id,
      organizationName: `Org ${id}`,
      address: '2 High Street',
      contactNumber: '+33123456',
      emailId: `${id}@example.org`,
      partnerType: 'Device_Provider',
      langCode: 'fra',
      ...overrides,
    };
  }

  async function signUp(body: Record<string, unknown>, headers = from()) {
    return t.current.call({
      method: 'POST',
      url: `${B}/partners/signup`,
      headers,
      request: { challenge: await challenge(), ...body },
    });
  }

  async function userExists(username: string) {
    const rows = await t.current.db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${username})`);
    return rows.length > 0;
  }

  it('creates an unverified user and an InProgress partner, with the verification and registration mails', async () => {
    const group = await insertGroup(t.current);
    const body = form({ partnerType: 'Auth_Partner', policyGroup: group.name });
    const res = await signUp(body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().response).toEqual({
      partnerId: body.partnerId,
      userName: body.userName,
      status: 'InProgress',
      emailVerificationSent: true,
    });
    const [user] = await t.current.db.select().from(users).where(eq(users.username, body.userName));
    expect(user).toMatchObject({ roles: ['AUTH_PARTNER'], locale: 'fra', emailVerifiedAt: null });
    const [partner] = await t.current.db.select().from(partners).where(eq(partners.id, body.partnerId));
    expect(partner).toMatchObject({
      userId: user?.id,
      approvalStatus: 'InProgress',
      isActive: false,
      policyGroupId: group.id,
    });
    const sent = await mailsTo(t.current, body.emailId);
    expect(sent.map((m) => m.template).sort()).toEqual(['email_verification', 'partner_registered']);
    expect(sent.every((m) => m.lang === 'fra')).toBe(true);
    const queued = await t.current.db
      .select()
      .from(outboxMessages)
      .where(
        sql`${outboxMessages.channel} = 'mail' and ${outboxMessages.entityId} in (select id::text from ${mails} where ${mails.to} = ${body.emailId})`,
      );
    expect(queued).toHaveLength(2);
    // cannot sign in before verifying the address
    const login = await t.current.call({
      method: 'POST',
      url: '/v1/authmanager/authenticate/useridPwd',
      request: { userName: body.userName, password: body.password },
    });
    expect(login.statusCode).toBe(403);
    expect(errorCodes(login)).toEqual(['PMS_ATH_010']);
    // following the mailed link verifies the address; then sign-in works with the partner-type role
    const verification = sent.find((m) => m.template === 'email_verification');
    const token = /token=([\w-]+)/.exec(verification?.text ?? '')?.[1];
    expect(token).toBeTypeOf('string');
    const verified = await t.current.call({
      method: 'POST',
      url: '/v1/authmanager/email/verify',
      request: { token },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const again = await t.current.call({
      method: 'POST',
      url: '/v1/authmanager/authenticate/useridPwd',
      request: { userName: body.userName, password: body.password },
    });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('creates both rows or neither: a partner failure after the account was created rolls the account back', async () => {
    const existing = await partnerUser(t.current, { role: 'DEVICE_PROVIDER', type: 'Device_Provider' });
    const body = form({ partnerId: existing.partnerId });
    const res = await signUp(body);
    expect(res.statusCode).toBe(409);
    expect(errorCodes(res)).toEqual(['PMS_PRT_051']);
    expect(await userExists(body.userName)).toBe(false);
    expect(await mailsTo(t.current, body.emailId)).toHaveLength(0);
    const group = await insertGroup(t.current, { active: false });
    const inactiveGroup = form({ partnerType: 'Auth_Partner', policyGroup: group.name });
    const off = await signUp(inactiveGroup);
    expect(errorCodes(off)).toEqual(['PMS_PMP_023']);
    expect(await userExists(inactiveGroup.userName)).toBe(false);
    const missingGroup = form({ partnerType: 'Auth_Partner' });
    expect(errorCodes(await signUp(missingGroup))).toEqual(['PMS_PRT_108']);
    expect(await userExists(missingGroup.userName)).toBe(false);
  });

  it('reports account problems: weak password, taken username', async () => {
    const first = form();
    expect((await signUp(first)).statusCode).toBe(201);
    const weak = form({ password: 'short' });
    expect(errorCodes(await signUp(weak))).toContain('PMS_ATH_005');
    const taken = form({ userName: first.userName.toUpperCase() });
    const res = await signUp(taken);
    expect(res.statusCode).toBe(409);
    expect(errorCodes(res)).toEqual(['PMS_USR_001']);
    const [count] = await t.current.db
      .select({ n: sql<number>`count(*)::int` })
      .from(partners)
      .where(eq(partners.id, taken.partnerId));
    expect(count?.n).toBe(0);
  });

  it('refuses partner types closed to sign-up and reports format problems', async () => {
    const admin = await signUp(form({ partnerType: 'Partner_Admin' }));
    expect(admin.statusCode).toBe(400);
    expect(errorCodes(admin)).toEqual(['PMS_SGN_003']);
    const bad = await signUp(form({ partnerId: 'a b', emailId: 'x', contactNumber: '1'.repeat(20) }));
    expect(errorCodes(bad).sort()).toEqual(['PMS_PRT_012', 'PMS_PRT_013', 'PMS_PRT_066']);
  });

  it('bot check: forged, reused and too-fast challenges and a filled honeypot are refused', async () => {
    const forged = await t.current.call({
      method: 'POST',
      url: `${B}/partners/signup`,
      headers: from(),
      request: { ...form(), challenge: 'eyJuIjoiYSIsImlhdCI6MH0.forged' },
    });
    expect(forged.statusCode).toBe(400);
    expect(errorCodes(forged)).toEqual(['PMS_SGN_001']);

    const honeypot = form({ website: 'https://spam.example' });
    const trapped = await signUp(honeypot);
    expect(errorCodes(trapped)).toEqual(['PMS_SGN_001']);
    expect(await userExists(honeypot.userName)).toBe(false);

    const token = await challenge();
    const once = await t.current.call({
      method: 'POST',
      url: `${B}/partners/signup`,
      headers: from(),
      request: { ...form(), challenge: token },
    });
    expect(once.statusCode, once.body).toBe(201);
    const replay = form();
    const twice = await t.current.call({
      method: 'POST',
      url: `${B}/partners/signup`,
      headers: from(),
      request: { ...replay, challenge: token },
    });
    expect(errorCodes(twice)).toEqual(['PMS_SGN_001']);
    expect(await userExists(replay.userName)).toBe(false);

    signupSettings.minFillMs = 60_000;
    const fast = await signUp(form());
    expect(errorCodes(fast)).toEqual(['PMS_SGN_001']);
  });

  it('limits sign-ups per address (counted in the database)', async () => {
    signupSettings.maxPerAddress = 2;
    const headers = from();
    expect((await signUp(form(), headers)).statusCode).toBe(201);
    expect((await signUp(form({ website: 'x' }), headers)).statusCode).toBe(400);
    const limited = await signUp(form(), headers);
    expect(limited.statusCode).toBe(429);
    expect(errorCodes(limited)).toEqual(['PMS_SGN_002']);
    expect((await signUp(form(), from())).statusCode).toBe(201);
  });

  it('offers the open partner types and active policy groups without a token', async () => {
    const group = await insertGroup(t.current);
    const closed = await insertGroup(t.current, { active: false });
    const res = await t.current.call({ method: 'GET', url: `${B}/partners/signup/options` });
    expect(res.statusCode).toBe(200);
    const codes = res.json().response.partnerTypes.map((p: { code: string }) => p.code);
    expect(codes).toContain('Auth_Partner');
    expect(codes).not.toContain('Partner_Admin');
    expect(codes).not.toContain('Internal_Partner');
    const names = res.json().response.policyGroups.map((g: { name: string }) => g.name);
    expect(names).toContain(group.name);
    expect(names).not.toContain(closed.name);
  });
});
