import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { outboxMessages } from '../../platform/outbox/outbox.table.ts';
import { partnerPolicyRequests } from '../partners/partner.table.ts';
import { sampleAuthPolicy, sampleDataSharePolicy } from './policy.samples.ts';
import { schemaCases } from './policy.schema-cases.ts';
import { policies, policyGroups, policyHistory } from './policy.table.ts';
import {
  createGroup,
  createPolicy,
  documentFor,
  errorFields,
  insertPartner,
  P,
  publish,
  snapshot,
  unique,
} from './policy.test-helpers.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('policies API', () => {
  const t = useTestApp({ WEBSUB_HUB_URL: 'http://hub.test/websub/hub' });
  let admin: SeededUser;
  let manager: SeededUser;
  let partner: SeededUser;
  let service: SeededUser;
  let group: { id: string; name: string };

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    manager = await t.current.createUser(['POLICYMANAGER']);
    partner = await t.current.createUser(['CREDENTIAL_PARTNER']);
    service = await t.current.createUser(['ID_AUTHENTICATION']);
    group = await createGroup(t.current, admin);
  });

  const create = (request: unknown, as = manager) =>
    t.current.call({ method: 'POST', url: `${P}/policies`, as, request });
  const body = (overrides: Record<string, unknown> = {}) => ({
    policyGroupName: group.name,
    policyType: 'Auth',
    name: unique('policy'),
    desc: 'Authentication for the tax office',
    version: '1.0',
    policies: sampleAuthPolicy(),
    ...overrides,
  });
  const policyEvents = (policyId: string) =>
    t.current.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.entityId, policyId), eq(outboxMessages.topic, 'POLICY_UPDATED')));

  describe('POST /policies', () => {
    it('creates a draft of each type, type matched regardless of case, with history and audit', async () => {
      for (const [given, type] of [
        ['auth', 'Auth'],
        ['DATASHARE', 'DataShare'],
        ['CredentialIssuance', 'CredentialIssuance'],
        ['misp', 'MISP'],
      ] as const) {
        const name = unique('p');
        const res = await create(body({ policyType: given, name, policies: documentFor(type) }));
        expect(res.statusCode, res.body).toBe(200);
        const created = res.json().response;
        expect(created).toMatchObject({
          name,
          policyGroupId: group.id,
          policyGroupName: group.name,
          policyType: type,
          status: 'draft',
          is_Active: false,
          version: '1.0',
          cr_by: manager.username,
        });
        const [row] = await t.current.db.select().from(policies).where(eq(policies.id, created.id));
        expect(row?.document).toEqual(documentFor(type));
        const history = await t.current.db
          .select()
          .from(policyHistory)
          .where(eq(policyHistory.policyId, created.id));
        expect(history.map((h) => h.action)).toEqual(['created']);
      }
    });

    it('allows the same name in another group (a clone) but not twice in one group, regardless of case', async () => {
      const other = await createGroup(t.current, admin);
      const name = unique('Clone');
      expect((await create(body({ name }))).statusCode).toBe(200);
      expect((await create(body({ name, policyGroupName: other.name }))).statusCode).toBe(200);
      const before = await snapshot(t.current);
      const dup = await create(body({ name: name.toLowerCase() }));
      expect(dup.statusCode).toBe(409);
      expect(errorFields(dup)).toEqual(['PMS_POL_009 request.name']);
      expect(dup.json().errors[0].message).toContain(name.toLowerCase());
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('refuses wrong type names, unknown groups and bad fields, changing nothing', async () => {
      const before = await snapshot(t.current);
      const cases: [Record<string, unknown>, number, string[]][] = [
        [{ policyType: 'Binding' }, 400, ['PMS_POL_023 request.policyType']],
        [{ policyType: 'Authentication' }, 400, ['PMS_POL_023 request.policyType']],
        [{ policyGroupName: 'no-such-group' }, 404, ['PMS_POL_019 request.policyGroupName']],
        [{ name: 'n'.repeat(129) }, 400, ['PMS_COR_001 request.name']],
        [{ desc: 'd'.repeat(257) }, 400, ['PMS_COR_001 request.desc']],
        [{ version: '123456789' }, 400, ['PMS_COR_001 request.version']],
        [{ policyGroupName: 'g'.repeat(129) }, 400, ['PMS_COR_001 request.policyGroupName']],
        [{ name: '   ' }, 400, ['PMS_COR_001 request.name']],
        [{ policies: [sampleAuthPolicy()] }, 400, ['PMS_COR_001 request.policies']],
        [{ policies: 'authTokenType=policy' }, 400, ['PMS_COR_001 request.policies']],
        [{ policies: null }, 400, ['PMS_COR_001 request.policies']],
        [{ policies: 42 }, 400, ['PMS_COR_001 request.policies']],
        [{ policyId: 'mine' }, 400, ['PMS_COR_001 request']],
      ];
      for (const [overrides, status, expected] of cases) {
        const res = await create(body(overrides));
        expect(res.statusCode, JSON.stringify(overrides)).toBe(status);
        expect(errorFields(res)).toEqual(expected);
      }
      const missing = await create({ policyGroupName: group.name });
      expect(missing.statusCode).toBe(400);
      expect(errorFields(missing)).toEqual(
        expect.arrayContaining([
          'PMS_COR_001 request.name',
          'PMS_COR_001 request.policyType',
          'PMS_COR_001 request.policies',
        ]),
      );
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('answers every schema rule of MOSIP policy documents with its code and JSON path', async () => {
      const before = await snapshot(t.current);
      for (const c of schemaCases) {
        const res = await create(body({ policyType: c.type, policies: c.document() }));
        expect(res.statusCode, c.title).toBe(400);
        expect(errorFields(res), `${c.type}: ${c.title}`).toEqual([c.expected]);
      }
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('reports several document violations at once', async () => {
      const doc = sampleAuthPolicy();
      delete doc.authTokenType;
      doc.allowedAuthTypes = [{ authType: 'otp' }, { mandatory: true }];
      const res = await create(body({ policies: doc }));
      expect(res.statusCode).toBe(400);
      expect(errorFields(res).sort()).toEqual(
        [
          'PMS_PV_006 request.policies.authTokenType',
          'PMS_PV_006 request.policies.allowedAuthTypes.0.mandatory',
          'PMS_PV_006 request.policies.allowedAuthTypes.1.authType',
        ].sort(),
      );
    });

    it('words document errors with the JSON path, in the caller language', async () => {
      const doc = sampleAuthPolicy();
      doc.authTokenType = 'jwt';
      const res = await t.current.call({
        method: 'POST',
        url: `${P}/policies`,
        as: manager,
        headers: { 'accept-language': 'fr' },
        request: body({ policies: doc }),
      });
      expect(res.json().errors).toEqual([
        {
          errorCode: 'PMS_PV_005',
          field: 'request.policies.authTokenType',
          message:
            'Paramètre invalide - authTokenType dans les données de politique (attendu : "random" | "partner" | "policy").',
        },
      ]);
      const missing = sampleAuthPolicy();
      delete missing.allowedKycAttributes;
      const en = await create(body({ policies: missing }));
      expect(en.json().errors[0].message).toBe(
        'Missing input parameter - allowedKycAttributes in policy data.',
      );
      const extra = sampleAuthPolicy();
      extra.allowedAuthTypes = [{ authType: 'otp', mandatory: true, level: 2 }];
      const unknown = await create(body({ policies: extra }));
      expect(unknown.json().errors[0].message).toBe(
        'Invalid input parameter - allowedAuthTypes.0.level in policy data (expected: authType | authSubType | mandatory).',
      );
    });

    it('refuses a 1 MB document at the body limit and a 100 KB one by the document limit', async () => {
      const before = await snapshot(t.current);
      const huge = sampleAuthPolicy();
      huge.allowedKycAttributes = Array.from({ length: 40_000 }, (_, i) => ({
        attributeName: `attribute${i}`,
      }));
      const tooBig = await create(body({ policies: huge }));
      expect(tooBig.statusCode).toBe(413);
      expect(errorCodes(tooBig)).toEqual(['PMS_COR_413']);
      const big = sampleAuthPolicy();
      big.allowedKycAttributes = Array.from({ length: 4_000 }, (_, i) => ({
        attributeName: `attribute${i}`,
      }));
      const overDocumentLimit = await create(body({ policies: big }));
      expect(overDocumentLimit.statusCode).toBe(400);
      expect(errorFields(overDocumentLimit)).toEqual(['PMS_POL_101 request.policies']);
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('refuses a body that is not JSON', async () => {
      const res = await t.current.call({
        method: 'POST',
        url: `${P}/policies`,
        as: manager,
        headers: { 'content-type': 'application/json' },
        payload: '{"request": {',
      });
      expect(res.statusCode).toBe(400);
      expect(errorCodes(res)).toEqual(['PMS_COR_002']);
    });
    it('answers one 200 and one 409 when the same name is created twice at once', async () => {
      const name = unique('race');
      const results = await Promise.all([create(body({ name })), create(body({ name }))]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409);
      expect(loser && errorCodes(loser)).toEqual(['PMS_POL_009']);
      const rows = await t.current.db.select().from(policies).where(eq(policies.name, name));
      expect(rows).toHaveLength(1);
    });
  });

  describe('PUT /policies/{id}', () => {
    const update = (id: string, request: unknown) =>
      t.current.call({ method: 'PUT', url: `${P}/policies/${id}`, as: admin, request });

    it('updates a draft and publishes POLICY_UPDATED as MOSIP does', async () => {
      const draft = await createPolicy(t.current, admin, group.name);
      const name = unique('renamed');
      const doc = sampleAuthPolicy();
      doc.authTokenType = 'partner';
      const res = await update(draft.id, {
        policyGroupName: group.name,
        name,
        desc: 'new',
        version: '1.1',
        policies: doc,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().response).toMatchObject({
        id: draft.id,
        name,
        desc: 'new',
        version: '1.1',
        status: 'draft',
      });
      const [row] = await t.current.db.select().from(policies).where(eq(policies.id, draft.id));
      expect(row?.document).toMatchObject({ authTokenType: 'partner' });
      const events = await policyEvents(draft.id);
      expect(events).toHaveLength(1);
      const history = await t.current.db
        .select()
        .from(policyHistory)
        .where(eq(policyHistory.policyId, draft.id));
      expect(history.map((h) => h.action).sort()).toEqual(['created', 'updated']);
    });

    it('refuses editing a published policy, another group, unknown ids and a taken name', async () => {
      const published = await createPolicy(t.current, admin, group.name);
      await publish(t.current, admin, published.id, group.id);
      const draft = await createPolicy(t.current, admin, group.name);
      const other = await createGroup(t.current, admin);
      const valid = (overrides: Record<string, unknown> = {}) => ({
        policyGroupName: group.name,
        name: unique('n'),
        desc: 'd',
        version: '2',
        policies: sampleAuthPolicy(),
        ...overrides,
      });
      const before = await snapshot(t.current);
      const cases: [string, unknown, number, string[]][] = [
        [published.id, valid(), 409, ['PMS_POL_055']],
        [draft.id, valid({ policyGroupName: other.name }), 404, ['PMS_POL_015 request.policyGroupName']],
        [draft.id, valid({ policyGroupName: 'nope' }), 404, ['PMS_POL_019 request.policyGroupName']],
        [MISSING, valid(), 404, ['PMS_POL_008']],
        ['not-a-uuid', valid(), 404, ['PMS_POL_008']],
        [draft.id, valid({ name: published.name.toUpperCase() }), 409, ['PMS_POL_009 request.name']],
        [draft.id, valid({ policyType: 'DataShare' }), 400, ['PMS_COR_001 request']],
        [
          draft.id,
          valid({ policies: sampleDataSharePolicy() }),
          400,
          [
            'PMS_PV_006 request.policies.authTokenType',
            'PMS_PV_006 request.policies.allowedAuthTypes',
            'PMS_PV_006 request.policies.allowedKycAttributes',
            'PMS_PV_005 request.policies.shareableAttributes',
            'PMS_PV_005 request.policies.dataSharePolicies',
          ],
        ],
      ];
      for (const [id, request, status, expected] of cases) {
        const res = await update(id, request);
        expect(res.statusCode, JSON.stringify(expected)).toBe(status);
        expect(errorFields(res).sort()).toEqual([...expected].sort());
      }
      expect(await snapshot(t.current)).toEqual(before);
    });
  });

  describe('POST /policies/{id}/group/{groupId}/publish', () => {
    it('activates a draft, makes it immutable and publishes POLICY_UPDATED with the MOSIP payload', async () => {
      const draft = await createPolicy(t.current, admin, group.name, { type: 'DataShare' });
      const res = await t.current.call({
        method: 'POST',
        url: `${P}/policies/${draft.id}/group/${group.id}/publish`,
        as: manager,
      });
      expect(res.statusCode).toBe(200);
      const published = res.json().response;
      expect(published).toMatchObject({
        policyId: draft.id,
        policyGroupId: group.id,
        policyGroupName: group.name,
        policyType: 'DataShare',
        status: 'PUBLISHED',
        policyStatus: 'activated',
        is_Active: true,
        schema: 'https://schemas.mosip.io/v1/auth-policy',
        policies: sampleDataSharePolicy(),
      });
      expect(published.publishDate).toBeTypeOf('string');
      const [event] = await policyEvents(draft.id);
      expect(event?.channel).toBe('websub');
      expect(event?.payload).toMatchObject({
        topic: 'POLICY_UPDATED',
        event: {
          type: { name: 'POLICY_UPDATED' },
          data: {
            policyData: {
              policyId: draft.id,
              policyName: draft.name,
              policyStatus: true,
              policy: sampleDataSharePolicy(),
              policyCommenceOn: expect.any(String),
              policyExpiresOn: expect.any(String),
            },
          },
        },
      });
    });

    it('refuses publishing twice, through another group, or unknown ids, changing nothing', async () => {
      const draft = await createPolicy(t.current, admin, group.name);
      await publish(t.current, admin, draft.id, group.id);
      const other = await createGroup(t.current, admin);
      const second = await createPolicy(t.current, admin, group.name);
      const before = await snapshot(t.current);
      const cases: [string, string, number, string][] = [
        [draft.id, group.id, 409, 'PMS_POL_020'],
        [second.id, other.id, 404, 'PMS_POL_015'],
        [second.id, MISSING, 404, 'PMS_POL_016'],
        [MISSING, group.id, 404, 'PMS_POL_008'],
      ];
      for (const [policyId, groupId, status, code] of cases) {
        const res = await t.current.call({
          method: 'POST',
          url: `${P}/policies/${policyId}/group/${groupId}/publish`,
          as: admin,
        });
        expect(res.statusCode, code).toBe(status);
        expect(errorCodes(res)).toEqual([code]);
      }
      expect(await snapshot(t.current)).toEqual(before);
    });
  });

  describe('PATCH /policies/{id} (deactivate)', () => {
    const deactivate = (id: string, status = 'De-Activate') =>
      t.current.call({ method: 'PATCH', url: `${P}/policies/${id}`, as: admin, request: { status } });

    async function partnerRequest(policyId: string, status: 'InProgress' | 'approved' | 'rejected') {
      const owner = await t.current.createUser(['AUTH_PARTNER']);
      const partnerId = await insertPartner(t.current, owner, group.id);
      await t.current.db.insert(partnerPolicyRequests).values({
        id: newId(),
        partnerId,
        policyId,
        requestDetail: 'use case',
        status,
        createdBy: owner.username,
      });
    }

    it('deactivates an activated policy for good, with history and POLICY_UPDATED', async () => {
      const policy = await createPolicy(t.current, admin, group.name);
      await publish(t.current, admin, policy.id, group.id);
      await partnerRequest(policy.id, 'rejected');
      const res = await deactivate(policy.id);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: 'mosip.pms.deactivate.policy.patch',
        response: { policyId: policy.id, isActive: false },
      });
      const events = await policyEvents(policy.id);
      expect(
        events.map(
          (e) =>
            (e.payload as { event: { data: { policyData: { policyStatus: boolean } } } }).event.data
              .policyData.policyStatus,
        ),
      ).toEqual([true, false]);
      const view = await t.current.call({ method: 'GET', url: `${P}/policies/${policy.id}`, as: admin });
      expect(view.json().response).toMatchObject({
        status: 'PUBLISHED',
        policyStatus: 'deactivated',
        is_Active: false,
      });
      const audits = await t.current.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.entityId, policy.id));
      expect(audits.map((x) => x.action).sort()).toEqual([
        'policy.create',
        'policy.deactivate',
        'policy.publish',
      ]);
      const history = await t.current.db
        .select()
        .from(policyHistory)
        .where(eq(policyHistory.policyId, policy.id));
      expect(history.map((h) => `${h.fromStatus}>${h.toStatus}`).sort()).toEqual(
        ['activated>deactivated', 'draft>activated', 'null>draft'].sort(),
      );
      const api = await t.current.call({
        method: 'GET',
        url: `${P}/policies/${policy.id}/history`,
        as: admin,
      });
      expect(api.statusCode).toBe(200);
      expect(
        api.json().response.map((h: { action: string; toStatus: string }) => `${h.action}:${h.toStatus}`),
      ).toEqual(['created:draft', 'published:activated', 'deactivated:deactivated']);
      expect(api.json().response[0].changedBy).toBe(admin.username);
      const again = await deactivate(policy.id);
      expect(again.statusCode).toBe(409);
      expect(errorCodes(again)).toEqual(['PMS_POL_062']);
    });

    it('refuses while a partner request on it is approved (PMS_POL_063) or pending (PMS_POL_064)', async () => {
      const approved = await createPolicy(t.current, admin, group.name);
      await publish(t.current, admin, approved.id, group.id);
      await partnerRequest(approved.id, 'approved');
      const pending = await createPolicy(t.current, admin, group.name);
      await publish(t.current, admin, pending.id, group.id);
      await partnerRequest(pending.id, 'InProgress');
      const before = await snapshot(t.current);
      const a = await deactivate(approved.id);
      expect(a.statusCode).toBe(409);
      expect(errorCodes(a)).toEqual(['PMS_POL_063']);
      const p = await deactivate(pending.id);
      expect(p.statusCode).toBe(409);
      expect(errorCodes(p)).toEqual(['PMS_POL_064']);
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('refuses drafts (PMS_POL_072), unknown ids (PMS_POL_065) and other statuses (PMS_POL_073)', async () => {
      const draft = await createPolicy(t.current, admin, group.name);
      const before = await snapshot(t.current);
      const d = await deactivate(draft.id);
      expect(d.statusCode).toBe(409);
      expect(errorCodes(d)).toEqual(['PMS_POL_072']);
      const missing = await deactivate(MISSING);
      expect(missing.statusCode).toBe(404);
      expect(errorCodes(missing)).toEqual(['PMS_POL_065']);
      const wrong = await deactivate(draft.id, 'Activate');
      expect(wrong.statusCode).toBe(400);
      expect(errorFields(wrong)).toEqual(['PMS_POL_073 request.status']);
      expect(await snapshot(t.current)).toEqual(before);
    });
  });

  describe('reads', () => {
    it('GET /policies/{id} answers the MOSIP PolicyResponseDto; seeded policies also by MOSIP id', async () => {
      const draft = await createPolicy(t.current, admin, group.name, { type: 'MISP' });
      const res = await t.current.call({ method: 'GET', url: `${P}/policies/${draft.id}`, as: manager });
      expect(res.statusCode).toBe(200);
      expect(res.json().response).toMatchObject({
        policyId: draft.id,
        policyType: 'MISP',
        status: 'DRAFTED',
        policyStatus: 'draft',
        schema: null,
        is_Active: false,
        publishDate: null,
        policyGroupName: group.name,
        policyGroupStatus: true,
        policies: documentFor('MISP'),
      });
      const seeded = await t.current.call({
        method: 'GET',
        url: `${P}/policies/mpolicy-default-abis`,
        as: manager,
      });
      expect(seeded.statusCode).toBe(200);
      expect(seeded.json().response).toMatchObject({
        policyName: 'mpolicy-default-abis',
        policyGroupName: 'mpolicygroup-default-abis',
        policyStatus: 'activated',
      });
      for (const id of [MISSING, 'unknown-policy']) {
        const missing = await t.current.call({ method: 'GET', url: `${P}/policies/${id}`, as: manager });
        expect(missing.statusCode).toBe(404);
        expect(errorCodes(missing)).toEqual(['PMS_POL_008']);
      }
    });

    it('GET /policies/active/group/{name} lists only activated policies of an active group, for partners', async () => {
      const own = await createGroup(t.current, admin);
      const live = await createPolicy(t.current, admin, own.name, { type: 'DataShare' });
      await publish(t.current, admin, live.id, own.id);
      await createPolicy(t.current, admin, own.name);
      const stranger = await t.current.call({
        method: 'GET',
        url: `${P}/policies/active/group/${own.name}`,
        as: partner,
      });
      expect(stranger.statusCode).toBe(404);
      expect(errorCodes(stranger)).toEqual(['PMS_POL_019']);
      await insertPartner(t.current, partner, own.id);
      const res = await t.current.call({
        method: 'GET',
        url: `${P}/policies/active/group/${encodeURIComponent(own.name.toUpperCase())}`,
        as: partner,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().response).toEqual([
        {
          policyGroupId: own.id,
          policyGroupName: own.name,
          id: live.id,
          name: live.name,
          descr: 'A test policy',
          policyType: 'DataShare',
        },
      ]);
      const missing = await t.current.call({
        method: 'GET',
        url: `${P}/policies/active/group/nope`,
        as: partner,
      });
      expect(missing.statusCode).toBe(404);
      expect(errorCodes(missing)).toEqual(['PMS_POL_019']);
      await t.current.db.update(policyGroups).set({ isActive: false }).where(eq(policyGroups.id, own.id));
      const inactive = await t.current.call({
        method: 'GET',
        url: `${P}/policies/active/group/${own.name}`,
        as: partner,
      });
      expect(inactive.statusCode).toBe(409);
      expect(errorCodes(inactive)).toEqual(['PMS_POL_053']);
    });

    it('GET /policies/{id}/partner/{partnerId} answers PMS_POL_017 until a partner holds an API key', async () => {
      const res = await t.current.call({
        method: 'GET',
        url: `${P}/policies/mpolicy-default-auth/partner/mpartner-default-auth`,
        as: admin,
      });
      expect(res.statusCode).toBe(404);
      expect(errorCodes(res)).toEqual(['PMS_POL_017']);
      const missing = await t.current.call({
        method: 'GET',
        url: `${P}/policies/${MISSING}/partner/x`,
        as: admin,
      });
      expect(errorCodes(missing)).toEqual(['PMS_POL_008']);
    });

    describe('GET /policies/v2', () => {
      let listGroup: { id: string; name: string };
      const ids: Record<string, string> = {};

      beforeAll(async () => {
        listGroup = await createGroup(t.current, admin, unique('listing'));
        for (const [name, type] of [
          ['alpha', 'Auth'],
          ['bravo', 'DataShare'],
          ['charlie', 'Auth'],
          ['delta', 'Auth'],
        ] as const) {
          const p = await createPolicy(t.current, admin, listGroup.name, { name, type });
          ids[name] = p.id;
        }
        await publish(t.current, admin, ids.charlie ?? '', listGroup.id);
        await publish(t.current, admin, ids.delta ?? '', listGroup.id);
        await t.current.call({
          method: 'PATCH',
          url: `${P}/policies/${ids.delta}`,
          as: admin,
          request: { status: 'De-Activate' },
        });
      });

      const list = (query: string) =>
        t.current.call({
          method: 'GET',
          url: `${P}/policies/v2?policyGroupName=${listGroup.name}&${query}`,
          as: admin,
        });
      const names = (res: { json: () => { response: { data: { policyName: string }[] } } }) =>
        res.json().response.data.map((p) => p.policyName);

      it('filters by type, status and name and sorts by any whitelisted field', async () => {
        const auth = await list('policyType=auth&sortFieldName=policyName&sortType=asc&pageNo=0&pageSize=10');
        expect(auth.statusCode).toBe(200);
        expect(auth.json().id).toBe('mosip.pms.policies.get');
        expect(names(auth)).toEqual(['alpha', 'charlie', 'delta']);
        expect(auth.json().response.data[1]).toEqual({
          policyId: ids.charlie,
          policyName: 'charlie',
          policyDescription: 'A test policy',
          policyGroupId: listGroup.id,
          policyGroupName: listGroup.name,
          policyType: 'Auth',
          status: 'activated',
          createdDateTime: expect.any(String),
        });
        for (const [status, expected] of [
          ['draft', ['alpha', 'bravo']],
          ['activated', ['charlie']],
          ['deactivated', ['delta']],
        ] as const) {
          const res = await list(
            `status=${status}&sortFieldName=policyName&sortType=asc&pageNo=0&pageSize=10`,
          );
          expect(names(res)).toEqual(expected);
        }
        expect(names(await list('policyName=RAV'))).toEqual(['bravo']);
        const desc = names(await list('sortFieldName=status&sortType=desc&pageNo=0&pageSize=10'));
        expect([...desc.slice(0, 2)].sort()).toEqual(['alpha', 'bravo']);
        expect(desc.slice(2)).toEqual(['delta', 'charlie']);
      });

      it('pages in SQL with MOSIP defaults (page 0, 8 per page) and newest first', async () => {
        const first = await list('sortFieldName=policyName&sortType=desc&pageNo=0&pageSize=3');
        expect(first.json().response).toMatchObject({ pageNo: 0, pageSize: 3, totalResults: 4 });
        expect(names(first)).toEqual(['delta', 'charlie', 'bravo']);
        const second = await list('sortFieldName=policyName&sortType=desc&pageNo=1&pageSize=3');
        expect(names(second)).toEqual(['alpha']);
        const defaults = await list('');
        expect(defaults.json().response).toMatchObject({ pageNo: 0, pageSize: 8, totalResults: 4 });
        expect(names(defaults)).toEqual(['delta', 'charlie', 'bravo', 'alpha']);
      });

      it('refuses unknown sort fields and statuses', async () => {
        const sort = await list('sortFieldName=cr_dtimes&sortType=asc&pageNo=0&pageSize=3');
        expect(sort.statusCode).toBe(400);
        expect(errorCodes(sort)).toEqual(['PMS_PRT_357']);
        const status = await list('status=published');
        expect(status.statusCode).toBe(400);
        expect(errorFields(status)).toEqual(['PMS_COR_001 querystring.status']);
      });
    });
  });

  describe('access', () => {
    const id = MISSING;
    // Valid bodies: request validation runs before the access check (platform order).
    const valid = {
      policyGroupName: 'mpolicygroup-default-auth',
      policyType: 'Auth',
      name: 'x',
      desc: 'x',
      version: '1',
      policies: sampleAuthPolicy(),
    };
    const { policyType: _type, ...validUpdate } = valid;
    const managerOnly: [string, string, unknown?][] = [
      ['POST', '/policies', valid],
      ['PUT', `/policies/${id}`, validUpdate],
      ['POST', `/policies/${id}/group/${id}/publish`],
      ['PATCH', `/policies/${id}`, { status: 'De-Activate' }],
      ['GET', `/policies/${id}`],
      ['GET', '/policies/v2'],
      ['GET', `/policies/${id}/partner/p1`],
    ];
    const partnerOpen: [string, string][] = [['GET', '/policies/active/group/mpolicygroup-default-auth']];

    it('answers 401 without a token', async () => {
      for (const [method, url, request] of [...managerOnly, ...partnerOpen]) {
        const res = await t.current.call({ method: method as 'GET', url: `${P}${url}`, request });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(errorCodes(res)).toEqual(['KER-ATH-401']);
      }
    });

    it('answers 403 to partner and service roles on manager endpoints and to services everywhere', async () => {
      const before = await snapshot(t.current);
      for (const [method, url, request] of managerOnly) {
        for (const user of [partner, service]) {
          const res = await t.current.call({ method: method as 'GET', url: `${P}${url}`, as: user, request });
          expect(res.statusCode, `${method} ${url} as ${user.roles}`).toBe(403);
          expect(errorCodes(res)).toEqual(['KER-ATH-403']);
        }
      }
      for (const [method, url] of partnerOpen) {
        const res = await t.current.call({ method: method as 'GET', url: `${P}${url}`, as: service });
        expect(res.statusCode).toBe(403);
        // allowed role, but not a group of one of the caller's partners: answered like an unknown group
        const other = await t.current.call({ method: method as 'GET', url: `${P}${url}`, as: partner });
        expect(other.statusCode).toBe(404);
        const ok = await t.current.call({ method: method as 'GET', url: `${P}${url}`, as: manager });
        expect(ok.statusCode).toBe(200);
      }
      expect(await snapshot(t.current)).toEqual(before);
    });
  });
});
