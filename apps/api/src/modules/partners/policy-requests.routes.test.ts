import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorCodes, type TestApp, useTestApp } from '../../../test/app.ts';
import { partnerPolicyRequests } from './partner.table.ts';
import {
  auditsFor,
  B,
  insertGroup,
  insertPolicy,
  mailsTo,
  makeActive,
  partnerUser,
} from './partner.test-helpers.ts';

async function activeAuthPartner(t: TestApp) {
  const group = await insertGroup(t);
  const policy = await insertPolicy(t, group.id, { type: 'Auth' });
  const p = await partnerUser(t, { groupName: group.name });
  await makeActive(t, p.partnerId);
  return { ...p, group, policy };
}

function requestPolicy(t: TestApp, p: Awaited<ReturnType<typeof partnerUser>>, policyName: string) {
  return t.call({
    method: 'POST',
    url: `${B}/partners/${p.partnerId}/policy/map`,
    as: p.user,
    request: { policyName, useCaseDescription: 'We verify identities at our counters.' },
  });
}

describe('partner policy requests', () => {
  const t = useTestApp();

  it('an active partner requests a policy of its group; a duplicate pending request is refused', async () => {
    const p = await activeAuthPartner(t.current);
    const res = await requestPolicy(t.current, p, p.policy.name);
    expect(res.statusCode, res.body).toBe(200);
    const { mappingkey, message } = res.json().response;
    expect(message).toBe('Policy mapping request submitted successfully.');
    const [row] = await t.current.db
      .select()
      .from(partnerPolicyRequests)
      .where(eq(partnerPolicyRequests.id, mappingkey));
    expect(row).toMatchObject({ partnerId: p.partnerId, policyId: p.policy.id, status: 'InProgress' });
    expect(await auditsFor(t.current, mappingkey, 'partner.policy_request')).toHaveLength(1);
    const again = await requestPolicy(t.current, p, p.policy.name);
    expect(again.statusCode).toBe(409);
    expect(errorCodes(again)).toEqual(['PMS_PRT_053']);
  });

  it('an inactive partner cannot request policies', async () => {
    const group = await insertGroup(t.current);
    const policy = await insertPolicy(t.current, group.id);
    const p = await partnerUser(t.current, { groupName: group.name });
    const res = await requestPolicy(t.current, p, policy.name);
    expect(res.statusCode).toBe(409);
    expect(errorCodes(res)).toEqual(['PMS_PMP_016']);
  });

  it('refuses unknown, foreign-group, draft, expired, inactive-group and unsuitable policies', async () => {
    const p = await activeAuthPartner(t.current);
    const other = await insertGroup(t.current);
    const foreign = await insertPolicy(t.current, other.id);
    const draft = await insertPolicy(t.current, p.group.id, { status: 'draft' });
    const expired = await insertPolicy(t.current, p.group.id, { validTo: new Date(Date.now() - 1000) });
    const dataShare = await insertPolicy(t.current, p.group.id, { type: 'DataShare' });
    const cases: [string, number, string][] = [
      ['no-such-policy', 404, 'PMS_PRT_073'],
      [foreign.name, 422, 'PMS_PRT_098'],
      [draft.name, 409, 'PMS_PMP_019'],
      [expired.name, 409, 'PMS_PMP_018'],
      [dataShare.name, 422, 'PMS_PRT_130'],
    ];
    for (const [name, status, code] of cases) {
      const res = await requestPolicy(t.current, p, name);
      expect(res.statusCode, name).toBe(status);
      expect(errorCodes(res)).toEqual([code]);
    }
    const credentialGroup = await insertGroup(t.current);
    const share = await insertPolicy(t.current, credentialGroup.id, { type: 'DataShare' });
    const cred = await partnerUser(t.current, {
      role: 'CREDENTIAL_PARTNER',
      type: 'Credential_Partner',
      groupName: credentialGroup.name,
    });
    await makeActive(t.current, cred.partnerId);
    expect((await requestPolicy(t.current, cred, share.name)).statusCode).toBe(200);
  });

  it('a partner cannot request for another partner (404) and admin-only decisions answer 403', async () => {
    const a = await activeAuthPartner(t.current);
    const b = await activeAuthPartner(t.current);
    const res = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/policy/map`,
      as: b.user,
      request: { policyName: a.policy.name, useCaseDescription: 'x' },
    });
    expect(res.statusCode).toBe(404);
    expect(errorCodes(res)).toEqual(['PMS_PRT_005']);
    const own = await requestPolicy(t.current, a, a.policy.name);
    const key = own.json().response.mappingkey;
    const decide = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/policy/${key}`,
      as: a.user,
      request: { status: 'approved' },
    });
    expect(decide.statusCode).toBe(403);
    const device = await t.current.createUser(['DEVICE_PROVIDER']);
    const forbidden = await t.current.call({
      method: 'POST',
      url: `${B}/partners/${a.partnerId}/policy/map`,
      as: device,
      request: { policyName: a.policy.name, useCaseDescription: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/policy/${key}`,
      request: { status: 'approved' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('the admin approves once with a comment; approving twice is refused; the partner is mailed', async () => {
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const p = await activeAuthPartner(t.current);
    const key = (await requestPolicy(t.current, p, p.policy.name)).json().response.mappingkey;
    const decide = (status: string, comment?: string) =>
      t.current.call({
        method: 'PUT',
        url: `${B}/partners/policy/${key}`,
        as: admin,
        request: { status, ...(comment ? { comment } : {}) },
      });
    expect(errorCodes(await decide('maybe'))).toEqual(['PMS_PM_045']);
    const ok = await decide('Approved', 'Use case fits');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().response).toBe('Policy mapping approved successfully');
    const twice = await decide('approved');
    expect(twice.statusCode).toBe(409);
    expect(errorCodes(twice)).toEqual(['PMS_PM_034']);
    const reject = await decide('rejected');
    expect(errorCodes(reject)).toEqual(['PMS_PM_034']);
    const [row] = await t.current.db
      .select()
      .from(partnerPolicyRequests)
      .where(eq(partnerPolicyRequests.id, key));
    expect(row).toMatchObject({
      status: 'approved',
      decisionComment: 'Use case fits',
      decidedBy: admin.username,
    });
    const mail = (await mailsTo(t.current, p.body.emailId)).find(
      (m) => m.template === 'policy_request_approved',
    );
    expect(mail?.text).toContain('Use case fits');
    const again = await requestPolicy(t.current, p, p.policy.name);
    expect(errorCodes(again)).toEqual(['PMS_PRT_060']);
    const unknown = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/policy/00000000-0000-4000-8000-000000000000`,
      as: admin,
      request: { status: 'approved' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(errorCodes(unknown)).toEqual(['PMS_PMP_007']);
  });

  it('a rejected request can be made again; approving for a deactivated partner is refused', async () => {
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const p = await activeAuthPartner(t.current);
    const first = (await requestPolicy(t.current, p, p.policy.name)).json().response.mappingkey;
    const rejected = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/policy/${first}`,
      as: admin,
      request: { status: 'rejected', comment: 'Incomplete' },
    });
    expect(rejected.json().response).toBe('Policy mapping rejected successfully');
    const rejectAgain = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/policy/${first}`,
      as: admin,
      request: { status: 'approved' },
    });
    expect(errorCodes(rejectAgain)).toEqual(['PMS_PM_035']);
    const second = await requestPolicy(t.current, p, p.policy.name);
    expect(second.statusCode).toBe(200);
    await t.current.call({
      method: 'PATCH',
      url: `${B}/partners/${p.partnerId}`,
      as: admin,
      request: { status: 'De-Active', reason: 'audit' },
    });
    const approve = await t.current.call({
      method: 'PUT',
      url: `${B}/partners/policy/${second.json().response.mappingkey}`,
      as: admin,
      request: { status: 'approved' },
    });
    expect(errorCodes(approve)).toEqual(['PMS_PMP_016']);
    expect(errorCodes(await requestPolicy(t.current, p, p.policy.name))).toEqual(['PMS_PMP_016']);
  });

  it('lists requests: admin sees all, a partner only its own', async () => {
    const admin = await t.current.createUser(['PARTNER_ADMIN']);
    const a = await activeAuthPartner(t.current);
    const b = await activeAuthPartner(t.current);
    await requestPolicy(t.current, a, a.policy.name);
    await requestPolicy(t.current, b, b.policy.name);
    const mine = await t.current.call({
      method: 'GET',
      url: `${B}/partner-policy-requests?pageNo=0&pageSize=50`,
      as: a.user,
    });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().response.data.map((r: { partnerId: string }) => r.partnerId)).toEqual([a.partnerId]);
    expect(mine.json().response.data[0]).toMatchObject({
      partnerStatus: 'activated',
      policyName: a.policy.name,
      policyGroupName: a.group.name,
      partnerComment: 'We verify identities at our counters.',
      status: 'InProgress',
    });
    const all = await t.current.call({
      method: 'GET',
      url: `${B}/partner-policy-requests?partnerId=${b.partnerId}&status=InProgress&sortFieldName=createdDateTime&sortType=desc&pageNo=0&pageSize=10`,
      as: admin,
    });
    expect(all.json().response.data.map((r: { partnerId: string }) => r.partnerId)).toEqual([b.partnerId]);
    const spy = await t.current.call({
      method: 'GET',
      url: `${B}/partner-policy-requests?partnerId=${b.partnerId}`,
      as: a.user,
    });
    expect(spy.json().response.totalResults).toBe(0);
    const legacy = await t.current.call({
      method: 'GET',
      url: `${B}/partners/${a.partnerId}/apikey/request`,
      as: a.user,
    });
    expect(legacy.json().response).toHaveLength(1);
    expect(legacy.json().response[0]).toMatchObject({
      apiKeyRequestStatus: 'InProgress',
      partnerApiKey: null,
    });
    const foreignLegacy = await t.current.call({
      method: 'GET',
      url: `${B}/partners/${a.partnerId}/apikey/request`,
      as: b.user,
    });
    expect(foreignLegacy.statusCode).toBe(404);
    const policyManager = await t.current.createUser(['POLICYMANAGER']);
    expect(
      (await t.current.call({ method: 'GET', url: `${B}/partner-policy-requests`, as: policyManager }))
        .statusCode,
    ).toBe(403);
  });
});
