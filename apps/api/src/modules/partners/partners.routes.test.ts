import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorCodes, useTestApp } from '../../../test/app.ts';
import { outboxMessages } from '../../platform/outbox/outbox.table.ts';
import { partnerContacts, partners } from './partner.table.ts';
import {
  auditsFor,
  B,
  countRows,
  insertGroup,
  mailsTo,
  makeActive,
  partnerUser,
  registration,
  unique,
} from './partner.test-helpers.ts';

describe('partner registration (MOSIP POST /partners)', () => {
  const t = useTestApp();

  it('registers an InProgress, inactive partner, keeps the chosen language, mails and audits', async () => {
    const group = await insertGroup(t.current);
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const body = registration({ policyGroup: group.name, langCode: 'fra' });
    const res = await t.current.call({ method: 'POST', url: `${B}/partners`, as: user, request: body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().response).toEqual({ partnerId: body.partnerId, status: 'InProgress' });
    const [row] = await t.current.db.select().from(partners).where(eq(partners.id, body.partnerId));
    expect(row).toMatchObject({
      userId: user.id,
      approvalStatus: 'InProgress',
      isActive: false,
      langCode: 'fra',
      policyGroupId: group.id,
      partnerTypeCode: 'Auth_Partner',
    });
    const mails = await mailsTo(t.current, body.emailId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'partner_registered', lang: 'fra' });
    expect(mails[0]?.subject).toContain('Partenaire');
    expect(await auditsFor(t.current, body.partnerId, 'partner.register')).toHaveLength(1);
  });

  it('reports every format problem with its MOSIP code, and writes nothing', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const before = await countRows(t.current);
    const res = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: user,
      request: registration({
        partnerId: `has space ${'x'.repeat(40)}`,
        contactNumber: '1'.repeat(17),
        emailId: 'not-an-email',
        langCode: 'deu',
        policyGroup: 'whatever',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorCodes(res).sort()).toEqual(
      ['PMS_PRT_012', 'PMS_PRT_013', 'PMS_PRT_052', 'PMS_PRT_056', 'PMS_PRT_066', 'PMS_PRT_002'].sort(),
    );
    expect(await countRows(t.current)).toEqual(before);
  });

  it('refuses schema violations (lengths, unknown fields) with PMS_COR_001', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const res = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: user,
      request: { ...registration({ organizationName: 'o'.repeat(129), address: '' }), extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['request.organizationName', 'request.address', 'request']),
    );
  });

  it('checks partner type and policy group', async () => {
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const inactive = await insertGroup(t.current, { active: false });
    const call = (overrides: Record<string, unknown>) =>
      t.current.call({ method: 'POST', url: `${B}/partners`, as: user, request: registration(overrides) });
    const unknownType = await call({ partnerType: 'Nope_Partner' });
    expect(unknownType.statusCode).toBe(400);
    expect(errorCodes(unknownType)).toEqual(['PMS_PRT_010']);
    const noGroup = await call({});
    expect(noGroup.statusCode).toBe(400);
    expect(errorCodes(noGroup)).toEqual(['PMS_PRT_108']);
    const missing = await call({ policyGroup: 'no-such-group' });
    expect(missing.statusCode).toBe(404);
    expect(errorCodes(missing)).toEqual(['PMS_PRT_002']);
    const off = await call({ policyGroup: inactive.name });
    expect(off.statusCode).toBe(422);
    expect(errorCodes(off)).toEqual(['PMS_PMP_023']);
    // case-insensitive type match; a device provider needs no group
    const device = await t.current.createUser(['DEVICE_PROVIDER']);
    const ok = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: device,
      request: registration({ partnerType: 'device_provider' }),
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses duplicate ids (any case) and e-mail addresses', async () => {
    const group = await insertGroup(t.current);
    const first = await partnerUser(t.current, { groupName: group.name });
    const other = await t.current.createUser(['AUTH_PARTNER']);
    const dupId = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: other,
      request: registration({ partnerId: first.partnerId.toUpperCase(), policyGroup: group.name }),
    });
    expect(dupId.statusCode).toBe(409);
    expect(errorCodes(dupId)).toEqual(['PMS_PRT_051']);
    const dupEmail = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: other,
      request: registration({
        emailId: first.body.emailId.replace(/^[^@]+/, (local) => local.toUpperCase()),
        policyGroup: group.name,
      }),
    });
    expect(dupEmail.statusCode).toBe(409);
    expect(errorCodes(dupEmail)).toEqual(['PMS_PRT_011']);
  });

  it('two concurrent registrations of one id: one wins, the other gets PMS_PRT_051', async () => {
    const group = await insertGroup(t.current);
    const u1 = await t.current.createUser(['AUTH_PARTNER']);
    const u2 = await t.current.createUser(['AUTH_PARTNER']);
    const partnerId = unique('race');
    const [r1, r2] = await Promise.all(
      [u1, u2].map((as) =>
        t.current.call({
          method: 'POST',
          url: `${B}/partners`,
          as,
          request: registration({ partnerId, policyGroup: group.name }),
        }),
      ),
    );
    expect([r1?.statusCode, r2?.statusCode].sort()).toEqual([200, 409]);
    const loser = r1?.statusCode === 409 ? r1 : r2;
    expect(loser && errorCodes(loser)).toEqual(['PMS_PRT_051']);
  });

  it('refuses a caller whose e-mail already belongs to a partner (PMS_PRT_055)', async () => {
    const group = await insertGroup(t.current);
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const first = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: user,
      request: registration({ emailId: user.email, policyGroup: group.name }),
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: user,
      request: registration({ policyGroup: group.name }),
    });
    expect(second.statusCode).toBe(409);
    expect(errorCodes(second)).toEqual(['PMS_PRT_055']);
  });

  it('refuses a type whose role the caller does not hold (no privilege escalation)', async () => {
    const user = await t.current.createUser(['DEVICE_PROVIDER']);
    const admin = await t.current.call({
      method: 'POST',
      url: `${B}/partners`,
      as: user,
      request: registration({ partnerType: 'Partner_Admin' }),
    });
    expect(admin.statusCode).toBe(403);
    expect(errorCodes(admin)).toEqual(['KER-ATH-403']);
  });

  it('v2 keeps logo and additional info, refuses invalid JSON text', async () => {
    const user = await t.current.createUser(['DEVICE_PROVIDER']);
    const bad = await t.current.call({
      method: 'POST',
      url: `${B}/partners/v2`,
      as: user,
      request: registration({ partnerType: 'Device_Provider', additionalInfo: '{not json' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(errorCodes(bad)).toEqual(['PMS_PRT_096']);
    const body = registration({
      partnerType: 'Device_Provider',
      logoUrl: 'https://example.org/logo.png',
      additionalInfo: [{ key: 'value' }],
    });
    const ok = await t.current.call({ method: 'POST', url: `${B}/partners/v2`, as: user, request: body });
    expect(ok.statusCode, ok.body).toBe(200);
    // the legacy update does not wipe them (MOSIP bug)
    const upd = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/${body.partnerId}`,
      as: user,
      request: { address: 'New address', contactNumber: '123' },
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const [row] = await t.current.db.select().from(partners).where(eq(partners.id, body.partnerId));
    expect(row).toMatchObject({
      address: 'New address',
      logoUrl: 'https://example.org/logo.png',
      additionalInfo: [{ key: 'value' }],
    });
  });

  it('answers 401 without a token', async () => {
    const res = await t.current.call({ method: 'POST', url: `${B}/partners`, request: registration() });
    expect(res.statusCode).toBe(401);
  });

  it('email verify says whether the address is taken and lists policy-requiring types', async () => {
    const group = await insertGroup(t.current);
    const { body, user } = await partnerUser(t.current, { groupName: group.name });
    const taken = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/email/verify`,
      as: user,
      request: { emailId: body.emailId },
    });
    expect(taken.statusCode).toBe(200);
    expect(taken.json().response.emailExists).toBe(true);
    expect(taken.json().response.policyRequiredPartnerTypes).toEqual(
      expect.arrayContaining(['AUTH_PARTNER', 'CREDENTIAL_PARTNER']),
    );
    expect(taken.json().response.policyRequiredPartnerTypes).not.toContain('DEVICE_PROVIDER');
    const free = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/email/verify`,
      as: user,
      request: { emailId: 'free@example.org' },
    });
    expect(free.json().response.emailExists).toBe(false);
    const bad = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/email/verify`,
      as: user,
      request: { emailId: 'bad' },
    });
    expect(errorCodes(bad)).toEqual(['PMS_PRT_012']);
  });
});

describe('partner profile, ownership and consent', () => {
  const t = useTestApp();

  it('a partner reads its own partner; another partner gets 404 exactly like an unknown id', async () => {
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    const b = await partnerUser(t.current, { groupName: group.name });
    const own = await t.current.call({ method: 'GET', url: `${B}/partners/${a.partnerId}`, as: a.user });
    expect(own.statusCode).toBe(200);
    expect(own.json().response).toMatchObject({
      partnerID: a.partnerId,
      status: 'De-active',
      policyGroup: group.name,
      isActive: false,
    });
    const foreign = await t.current.call({ method: 'GET', url: `${B}/partners/${a.partnerId}`, as: b.user });
    const unknown = await t.current.call({ method: 'GET', url: `${B}/partners/nobody-here`, as: b.user });
    expect(foreign.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(errorCodes(foreign)).toEqual(['PMS_PRT_005']);
    expect(foreign.json().errors[0].message).toBe(unknown.json().errors[0].message);
    expect(foreign.body).not.toContain(a.body.organizationName);
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    expect(
      (await t.current.call({ method: 'GET', url: `${B}/partners/${a.partnerId}`, as: admin })).statusCode,
    ).toBe(200);
    const resident = await t.current.createUser(['RESIDENT']);
    expect(
      (await t.current.call({ method: 'GET', url: `${B}/partners/${a.partnerId}`, as: resident })).statusCode,
    ).toBe(200);
    const policyManager = await t.current.createUser(['POLICYMANAGER']);
    expect(
      (await t.current.call({ method: 'GET', url: `${B}/partners/${a.partnerId}`, as: policyManager }))
        .statusCode,
    ).toBe(403);
  });

  it('another partner cannot change, add contacts to, or map groups of a partner (404, unchanged)', async () => {
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    const b = await partnerUser(t.current, { groupName: group.name });
    const update = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/v2/${a.partnerId}`,
      as: b.user,
      request: { address: 'hijacked', contactNumber: '1' },
    });
    expect(update.statusCode).toBe(404);
    const contact = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/contact/add`,
      as: b.user,
      request: { address: 'x', contactNumber: '1', emailId: 'x@example.org', is_Active: true },
    });
    expect(contact.statusCode).toBe(404);
    const mapGroup = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/${a.partnerId}/policygroup/${group.name}`,
      as: b.user,
    });
    expect(mapGroup.statusCode).toBe(404);
    const [row] = await t.current.db.select().from(partners).where(eq(partners.id, a.partnerId));
    expect(row?.address).toBe(a.body.address);
  });

  it('updates the profile with an audit event carrying before and after', async () => {
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    const tooLong = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/${a.partnerId}`,
      as: a.user,
      request: { address: 'Somewhere', contactNumber: '1'.repeat(20) },
    });
    expect(errorCodes(tooLong)).toEqual(['PMS_PRT_013']);
    const res = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/${a.partnerId}`,
      as: a.user,
      request: { address: 'Somewhere else', contactNumber: '999' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toEqual({ partnerId: a.partnerId, status: 'InProgress' });
    const [audit] = await auditsFor(t.current, a.partnerId, 'partner.update');
    expect(audit?.before).toMatchObject({ address: a.body.address });
    expect(audit?.after).toMatchObject({ address: 'Somewhere else', contactNumber: '999' });
  });

  it('adds contacts only to active partners and updates an existing contact by e-mail', async () => {
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    const contact = { address: 'Office', contactNumber: '111', emailId: 'ops@example.org', is_Active: true };
    const inactive = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/contact/add`,
      as: a.user,
      request: contact,
    });
    expect(inactive.statusCode).toBe(409);
    expect(errorCodes(inactive)).toEqual(['PMS_PMP_016']);
    await makeActive(t.current, a.partnerId);
    const added = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/contact/add`,
      as: a.user,
      request: contact,
    });
    expect(added.json().response).toBe('Contacts details added successfully.');
    const updated = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/contact/add`,
      as: a.user,
      request: { ...contact, emailId: 'OPS@example.org', contactNumber: '222' },
    });
    expect(updated.json().response).toBe('Contacts details updated successfully.');
    const rows = await t.current.db
      .select()
      .from(partnerContacts)
      .where(eq(partnerContacts.partnerId, a.partnerId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.contactNo).toBe('222');
    const badEmail = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/contact/add`,
      as: a.user,
      request: { ...contact, emailId: 'nope' },
    });
    expect(errorCodes(badEmail)).toEqual(['PMS_PRT_012']);
  });

  it('maps a policy group only while inactive and only for policy-using types', async () => {
    const g1 = await insertGroup(t.current);
    const g2 = await insertGroup(t.current);
    const off = await insertGroup(t.current, { active: false });
    const a = await partnerUser(t.current, { groupName: g1.name });
    const url = (name: string) => `${B}/partners/${a.partnerId}/policygroup/${name}`;
    const ok = await t.current.call({ method: 'PUT', url: url(g2.name), as: a.user });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().response).toBe('Success');
    const [row] = await t.current.db.select().from(partners).where(eq(partners.id, a.partnerId));
    expect(row?.policyGroupId).toBe(g2.id);
    expect(errorCodes(await t.current.call({ method: 'PUT', url: url('missing'), as: a.user }))).toEqual([
      'PMS_PRT_002',
    ]);
    expect(errorCodes(await t.current.call({ method: 'PUT', url: url(off.name), as: a.user }))).toEqual([
      'PMS_PMP_023',
    ]);
    await makeActive(t.current, a.partnerId);
    const active = await t.current.call({ method: 'PUT', url: url(g1.name), as: a.user });
    expect(active.statusCode).toBe(409);
    expect(errorCodes(active)).toEqual(['PMS_PRT_050']);
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const dev = await t.current.createUser(['DEVICE_PROVIDER']);
    const devBody = registration({ partnerType: 'Device_Provider' });
    await t.current.call({ method: 'POST', url: `${B}/partners`, as: dev, request: devBody });
    const notNeeded = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/${devBody.partnerId}/policygroup/${g1.name}`,
      as: admin,
    });
    expect(errorCodes(notNeeded)).toEqual(['PMS_PRT_048']);
  });

  it('GET /partners/v3 lists only the caller’s partners with that status', async () => {
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    await partnerUser(t.current, { groupName: group.name });
    const res = await t.current.call({
      method: 'GET',
      url: `${B}/partners/v3?status=InProgress&policyGroupAvailable=true`,
      as: a.user,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().responseTime).toBeTypeOf('string');
    expect(res.json().response).toEqual([
      {
        partnerId: a.partnerId,
        partnerType: 'Auth_Partner',
        policyGroupId: group.id,
        policyGroupName: group.name,
        policyGroupDescription: `${group.name} description`,
      },
    ]);
    const approved = await t.current.call({
      method: 'GET',
      url: `${B}/partners/v3?status=approved`,
      as: a.user,
    });
    expect(approved.json().response).toEqual([]);
  });

  it('records and reads the user consent', async () => {
    const user = await t.current.createUser(['DEVICE_PROVIDER']);
    const before = await t.current.call({ method: 'GET', url: `${B}/users/user-consent`, as: user });
    expect(before.statusCode).toBe(200);
    expect(before.json().response).toMatchObject({ userId: user.username, consentGiven: false });
    const given = await t.current.call({ method: 'POST', url: `${B}/users/user-consent`, as: user });
    expect(given.statusCode).toBe(200);
    expect(given.json().response.consentGiven).toBe(true);
    const after = await t.current.call({ method: 'GET', url: `${B}/users/user-consent`, as: user });
    expect(after.json().response.consentGiven).toBe(true);
    expect(after.json().response.consentGivenDateTime).toBeTypeOf('string');
    const resident = await t.current.createUser(['RESIDENT']);
    expect(
      (await t.current.call({ method: 'GET', url: `${B}/users/user-consent`, as: resident })).statusCode,
    ).toBe(403);
  });

  it('serves partner types and device types', async () => {
    const types = await t.current.call({ method: 'GET', url: `${B}/partner-types` });
    expect(types.statusCode).toBe(200);
    const auth = types.json().response.find((x: { code: string }) => x.code === 'Auth_Partner');
    expect(auth).toMatchObject({ isPolicyRequired: true, signupAllowed: true });
    const admin = types.json().response.find((x: { code: string }) => x.code === 'Partner_Admin');
    expect(admin).toMatchObject({ signupAllowed: false });
    expect(types.json().response).toHaveLength(13);
    const user = await t.current.createUser(['DEVICE_PROVIDER']);
    const devices = await t.current.call({ method: 'GET', url: `${B}/device-types`, as: user });
    expect(devices.json().response.map((d: { code: string }) => d.code)).toEqual(['Face', 'Finger', 'Iris']);
    const subs = await t.current.call({ method: 'GET', url: `${B}/device-types/Finger/sub-types`, as: user });
    expect(subs.json().response.map((d: { code: string }) => d.code)).toEqual([
      'Single',
      'Slap',
      'Touchless',
    ]);
    expect((await t.current.call({ method: 'GET', url: `${B}/device-types` })).statusCode).toBe(401);
  });
});

describe('partner admin', () => {
  const t = useTestApp({ WEBSUB_HUB_URL: 'http://hub.example/websub' });

  it('lists partners paged in SQL, filtered by organisation name and sorted', async () => {
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const tag = unique('Acme');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const user = await t.current.createUser(['DEVICE_PROVIDER']);
      const body = registration({ partnerType: 'Device_Provider', organizationName: `${tag} Labs ${i}` });
      await t.current.call({ method: 'POST', url: `${B}/partners`, as: user, request: body });
      ids.push(body.partnerId);
    }
    const res = await t.current.call({
      method: 'GET',
      url: `${B}/admin-partners?orgName=${tag.toLowerCase()}&sortFieldName=createdDateTime&sortType=asc&pageNo=0&pageSize=2`,
      as: admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json().response;
    expect(page.totalResults).toBe(3);
    expect(page.data.map((p: { partnerId: string }) => p.partnerId)).toEqual(ids.slice(0, 2));
    expect(page.data[0]).toMatchObject({
      partnerType: 'Device_Provider',
      certificateUploadStatus: 'not_uploaded',
      status: 'InProgress',
      isActive: false,
    });
    const second = await t.current.call({
      method: 'GET',
      url: `${B}/admin-partners?orgName=${tag}&sortFieldName=createdDateTime&sortType=asc&pageNo=1&pageSize=2`,
      as: admin,
    });
    expect(second.json().response.data.map((p: { partnerId: string }) => p.partnerId)).toEqual([ids[2]]);
    await makeActive(t.current, ids[1] ?? '');
    const uploaded = await t.current.call({
      method: 'GET',
      url: `${B}/admin-partners?orgName=${tag}&certificateUploadStatus=uploaded&isActive=true`,
      as: admin,
    });
    expect(uploaded.json().response.data.map((p: { partnerId: string }) => p.partnerId)).toEqual([ids[1]]);
    const badSort = await t.current.call({
      method: 'GET',
      url: `${B}/admin-partners?sortFieldName=password&sortType=asc&pageNo=0&pageSize=2`,
      as: admin,
    });
    expect(errorCodes(badSort)).toEqual(['PMS_PRT_357']);
  });

  it('admin-only calls answer 403 to partners and 401 without a token', async () => {
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    for (const [method, url] of [
      ['GET', `${B}/admin-partners`],
      ['GET', `${B}/admin-partners/${a.partnerId}`],
      ['PATCH', `${B}/partners/${a.partnerId}`],
      ['GET', `${B}/partners`],
    ] as const) {
      const request = method === 'PATCH' ? { status: 'De-Active' } : undefined;
      const forbidden = await t.current.call({ method, url, as: a.user, request });
      expect(forbidden.statusCode, `${method} ${url}`).toBe(403);
      expect((await t.current.call({ method, url, request })).statusCode).toBe(401);
    }
  });

  it('shows one partner in full to the admin', async () => {
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name });
    const res = await t.current.call({ method: 'GET', url: `${B}/admin-partners/${a.partnerId}`, as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toMatchObject({
      partnerId: a.partnerId,
      firstName: 'Test',
      approvalStatus: 'InProgress',
      policyGroupName: group.name,
      isCertificateAvailable: false,
    });
    const missing = await t.current.call({ method: 'GET', url: `${B}/admin-partners/nope`, as: admin });
    expect(missing.statusCode).toBe(404);
  });

  it('deactivates with a reason (audit, PARTNER_UPDATED, mail) and re-activates', async () => {
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const group = await insertGroup(t.current);
    const a = await partnerUser(t.current, { groupName: group.name, lang: 'ara' });
    const patch = (status: string, reason?: string) =>
      t.current.call({
        method: 'PATCH',
        url: `${B}/partners/${a.partnerId}`,
        as: admin,
        request: { status, ...(reason ? { reason } : {}) },
      });
    const noCert = await patch('Active');
    expect(noCert.statusCode).toBe(409);
    expect(errorCodes(noCert)).toEqual(['PMS_PMP_052']);
    expect(errorCodes(await patch('De-Active'))).toEqual(['PMS_PM_063']);
    expect(errorCodes(await patch('sleep'))).toEqual(['PMS_PM_058']);
    await makeActive(t.current, a.partnerId);
    expect(errorCodes(await patch('active'))).toEqual(['PMS_PM_065']);
    const off = await patch('De-Active', 'Contract ended');
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().response).toEqual({ message: 'Partner de-activated successfully' });
    const [audit] = await auditsFor(t.current, a.partnerId, 'partner.deactivate');
    expect(audit?.reason).toBe('Contract ended');
    const events = await t.current.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.entityId, a.partnerId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ topic: 'PARTNER_UPDATED', channel: 'websub' });
    expect(events[0]?.payload).toMatchObject({
      event: { data: { partnerData: { partnerId: a.partnerId, partnerStatus: 'DEACTIVE' } } },
    });
    const mails = await mailsTo(t.current, a.body.emailId);
    const deactivation = mails.find((m) => m.template === 'partner_deactivated');
    expect(deactivation?.lang).toBe('ara');
    expect(deactivation?.text).toContain('Contract ended');
    const on = await patch('Active', 'Renewed');
    expect(on.json().response).toEqual({ message: 'Partner activated successfully' });
    const [row] = await t.current.db.select().from(partners).where(eq(partners.id, a.partnerId));
    expect(row?.isActive).toBe(true);
    const unknown = await t.current.call({
      method: 'PATCH',
      url: `${B}/partners/nobody`,
      as: admin,
      request: { status: 'Active' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(errorCodes(unknown)).toEqual(['PMS_PMP_005']);
  });

  it('serves the legacy list to other systems, filtered by type', async () => {
    const ida = await t.current.createUser(['ID_AUTHENTICATION']);
    const dev = await t.current.createUser(['DEVICE_PROVIDER']);
    const body = registration({ partnerType: 'Device_Provider', logoUrl: 'https://x.example/l.png' });
    await t.current.call({ method: 'POST', url: `${B}/partners/v2`, as: dev, request: body });
    const res = await t.current.call({
      method: 'GET',
      url: `${B}/partners?partnerType=Device_Provider`,
      as: ida,
    });
    expect(res.statusCode).toBe(200);
    const list = res.json().response.partners;
    expect(list.every((p: { partnerType: string }) => p.partnerType === 'Device_Provider')).toBe(true);
    expect(list.map((p: { partnerID: string }) => p.partnerID)).toContain(body.partnerId);
    const v2 = await t.current.call({
      method: 'GET',
      url: `${B}/partners/v2?partnerType=Device_Provider`,
      as: ida,
    });
    const mine = v2
      .json()
      .response.partners.find((p: { partnerID: string }) => p.partnerID === body.partnerId);
    expect(mine.logoUrl).toBe('https://x.example/l.png');
  });
});
