import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { DEFAULT_POLICIES, DEFAULT_POLICY_GROUPS, seedPolicies } from './policy.seed.ts';
import { policies, policyGroups } from './policy.table.ts';
import {
  createGroup,
  createPolicy,
  errorFields,
  P,
  publish,
  snapshot,
  unique,
} from './policy.test-helpers.ts';

describe('policy groups API', () => {
  const t = useTestApp();
  let admin: SeededUser;
  let manager: SeededUser;
  let partner: SeededUser;
  let device: SeededUser;
  let service: SeededUser;

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    manager = await t.current.createUser(['POLICYMANAGER']);
    partner = await t.current.createUser(['AUTH_PARTNER']);
    device = await t.current.createUser(['DEVICE_PROVIDER']);
    service = await t.current.createUser(['ID_AUTHENTICATION']);
  });

  describe('seed', () => {
    it('creates MOSIP default groups and published policies once, flagged as seeded', async () => {
      const before = await snapshot(t.current);
      await seedPolicies(t.current.db);
      expect(await snapshot(t.current)).toEqual(before);
      const groups = await t.current.db.select().from(policyGroups).where(eq(policyGroups.isSeeded, true));
      expect(groups.map((g) => g.name).sort()).toEqual(DEFAULT_POLICY_GROUPS.map((g) => g.name).sort());
      const seeded = await t.current.db.select().from(policies).where(eq(policies.isSeeded, true));
      expect(seeded).toHaveLength(DEFAULT_POLICIES.length);
      expect(seeded.every((p) => p.status === 'activated' && p.publishedAt)).toBe(true);
      expect(seeded.find((p) => p.name === 'mpolicy-default-auth')?.policyType).toBe('Auth');
    });

    it('resolves a seeded group by its MOSIP id (= name)', async () => {
      const res = await t.current.call({
        method: 'GET',
        url: `${P}/policies/group/mpolicygroup-default-auth`,
        as: admin,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().response.policies.map((p: { name: string }) => p.name)).toEqual([
        'mpolicy-default-auth',
      ]);
    });
  });

  describe('POST /policies/group/new', () => {
    it('creates an active group, trims the name and audits it', async () => {
      const name = unique('Group');
      const res = await t.current.call({
        method: 'POST',
        url: `${P}/policies/group/new`,
        as: manager,
        request: { name: `  ${name}  `, desc: 'Auth partners of the ministry' },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json().response;
      expect(body).toMatchObject({
        name,
        desc: 'Auth partners of the ministry',
        is_Active: true,
        cr_by: manager.username,
      });
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      const audits = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, body.id));
      expect(audits.map((a) => a.action)).toEqual(['policy_group.create']);
    });

    it('refuses a duplicate name regardless of case with 409 PMS_POL_014, changing nothing', async () => {
      const group = await createGroup(t.current, admin);
      const before = await snapshot(t.current);
      const res = await t.current.call({
        method: 'POST',
        url: `${P}/policies/group/new`,
        as: admin,
        request: { name: group.name.toUpperCase(), desc: 'again' },
      });
      expect(res.statusCode).toBe(409);
      expect(errorFields(res)).toEqual(['PMS_POL_014 request.name']);
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('refuses over-long, empty and unknown fields with every issue listed', async () => {
      const before = await snapshot(t.current);
      const res = await t.current.call({
        method: 'POST',
        url: `${P}/policies/group/new`,
        as: admin,
        request: { name: 'x'.repeat(129), desc: '   ', isActive: true },
      });
      expect(res.statusCode).toBe(400);
      expect(errorFields(res)).toEqual(
        expect.arrayContaining([
          'PMS_COR_001 request.name',
          'PMS_COR_001 request.desc',
          'PMS_COR_001 request',
        ]),
      );
      const long = await t.current.call({
        method: 'POST',
        url: `${P}/policies/group/new`,
        as: admin,
        request: { name: 'ok', desc: 'd'.repeat(257) },
      });
      expect(errorFields(long)).toEqual(['PMS_COR_001 request.desc']);
      expect(await snapshot(t.current)).toEqual(before);
    });
  });

  describe('PUT /policies/group/{id}', () => {
    it('renames and re-describes a group', async () => {
      const group = await createGroup(t.current, admin);
      const name = unique('renamed');
      const res = await t.current.call({
        method: 'PUT',
        url: `${P}/policies/group/${group.id}`,
        as: manager,
        request: { name, desc: 'new description' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().response).toMatchObject({
        id: group.id,
        name,
        desc: 'new description',
        is_Active: true,
        up_by: manager.username,
      });
    });

    it('answers 404 PMS_POL_016 for an unknown group and 409 PMS_POL_014 for a taken name', async () => {
      const a = await createGroup(t.current, admin);
      const b = await createGroup(t.current, admin);
      const before = await snapshot(t.current);
      const missing = await t.current.call({
        method: 'PUT',
        url: `${P}/policies/group/00000000-0000-4000-8000-000000000000`,
        as: admin,
        request: { name: 'whatever', desc: 'x' },
      });
      expect(missing.statusCode).toBe(404);
      expect(errorCodes(missing)).toEqual(['PMS_POL_016']);
      const taken = await t.current.call({
        method: 'PUT',
        url: `${P}/policies/group/${b.id}`,
        as: admin,
        request: { name: a.name, desc: 'x' },
      });
      expect(taken.statusCode).toBe(409);
      expect(errorCodes(taken)).toEqual(['PMS_POL_014']);
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('deactivates through isActive=false only under the PATCH rules, and re-activates', async () => {
      const group = await createGroup(t.current, admin);
      await createPolicy(t.current, admin, group.name);
      const refused = await t.current.call({
        method: 'PUT',
        url: `${P}/policies/group/${group.id}`,
        as: admin,
        request: { name: group.name, desc: 'x', isActive: false },
      });
      expect(refused.statusCode).toBe(409);
      expect(errorCodes(refused)).toEqual(['PMS_POL_070']);
      const empty = await createGroup(t.current, admin);
      const off = await t.current.call({
        method: 'PUT',
        url: `${P}/policies/group/${empty.id}`,
        as: admin,
        request: { name: empty.name, desc: 'x', isActive: false },
      });
      expect(off.json().response.is_Active).toBe(false);
      const on = await t.current.call({
        method: 'PUT',
        url: `${P}/policies/group/${empty.id}`,
        as: admin,
        request: { name: empty.name, desc: 'x', isActive: true },
      });
      expect(on.json().response.is_Active).toBe(true);
    });
  });

  describe('PATCH /policies/group/{id} (deactivate)', () => {
    const deactivate = (id: string, status = 'De-Activate') =>
      t.current.call({ method: 'PATCH', url: `${P}/policies/group/${id}`, as: admin, request: { status } });

    it('deactivates a group whose policies are all deactivated, in the v2 envelope', async () => {
      const group = await createGroup(t.current, admin);
      const policy = await createPolicy(t.current, admin, group.name);
      await publish(t.current, admin, policy.id, group.id);
      const off = await t.current.call({
        method: 'PATCH',
        url: `${P}/policies/${policy.id}`,
        as: admin,
        request: { status: 'De-Activate' },
      });
      expect(off.statusCode).toBe(200);
      const res = await deactivate(group.id);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: 'mosip.pms.deactivate.policy.group.patch',
        response: { policyGroupId: group.id, isActive: false },
        errors: [],
      });
      expect(res.json().responseTime).toBeTypeOf('string');
      const [row] = await t.current.db.select().from(policyGroups).where(eq(policyGroups.id, group.id));
      expect(row?.isActive).toBe(false);
    });

    it('refuses with PMS_POL_070 (drafts), PMS_POL_056 (active), PMS_POL_069 (both)', async () => {
      const drafts = await createGroup(t.current, admin);
      await createPolicy(t.current, admin, drafts.name);
      const active = await createGroup(t.current, admin);
      const a = await createPolicy(t.current, admin, active.name);
      await publish(t.current, admin, a.id, active.id);
      const both = await createGroup(t.current, admin);
      const b = await createPolicy(t.current, admin, both.name);
      await publish(t.current, admin, b.id, both.id);
      await createPolicy(t.current, admin, both.name);
      const before = await snapshot(t.current);
      for (const [id, code] of [
        [drafts.id, 'PMS_POL_070'],
        [active.id, 'PMS_POL_056'],
        [both.id, 'PMS_POL_069'],
      ] as const) {
        const res = await deactivate(id);
        expect(res.statusCode).toBe(409);
        expect(errorCodes(res)).toEqual([code]);
      }
      expect(await snapshot(t.current)).toEqual(before);
    });

    it('answers PMS_POL_068 unknown, PMS_POL_067 already inactive, PMS_POL_073 wrong status', async () => {
      const group = await createGroup(t.current, admin);
      expect((await deactivate(group.id)).statusCode).toBe(200);
      const before = await snapshot(t.current);
      const again = await deactivate(group.id);
      expect(again.statusCode).toBe(409);
      expect(errorCodes(again)).toEqual(['PMS_POL_067']);
      const missing = await deactivate('00000000-0000-4000-8000-000000000000');
      expect(missing.statusCode).toBe(404);
      expect(errorCodes(missing)).toEqual(['PMS_POL_068']);
      const notUuid = await deactivate('no-such-group');
      expect(errorCodes(notUuid)).toEqual(['PMS_POL_068']);
      const other = await createGroup(t.current, admin);
      const wrong = await deactivate(other.id, 'Activate');
      expect(wrong.statusCode).toBe(400);
      expect(errorFields(wrong)).toEqual(['PMS_POL_073 request.status']);
      expect((await snapshot(t.current)).activeGroups).toBe(before.activeGroups + 1);
    });

    it('an inactive group refuses new policies and publication', async () => {
      const group = await createGroup(t.current, admin);
      const policy = await createPolicy(t.current, admin, group.name);
      await t.current.db.update(policyGroups).set({ isActive: false }).where(eq(policyGroups.id, group.id));
      const before = await snapshot(t.current);
      const create = await t.current.call({
        method: 'POST',
        url: `${P}/policies`,
        as: admin,
        request: {
          policyGroupName: group.name,
          policyType: 'MISP',
          name: 'x',
          desc: 'x',
          version: '1',
          policies: {
            allowAuthRequestDelegation: true,
            allowKycRequestDelegation: true,
            allowKeyBindingDelegation: true,
          },
        },
      });
      expect(create.statusCode).toBe(409);
      expect(errorFields(create)).toEqual(['PMS_POL_053 request.policyGroupName']);
      const pub = await t.current.call({
        method: 'POST',
        url: `${P}/policies/${policy.id}/group/${group.id}/publish`,
        as: admin,
      });
      expect(errorCodes(pub)).toEqual(['PMS_POL_053']);
      expect(await snapshot(t.current)).toEqual(before);
    });
  });

  describe('reads', () => {
    it('GET /policies/group/{id} lists the group with all its policies and their states', async () => {
      const group = await createGroup(t.current, admin);
      const draft = await createPolicy(t.current, admin, group.name, { name: 'b-draft' });
      const live = await createPolicy(t.current, admin, group.name, { name: 'a-live', type: 'DataShare' });
      await publish(t.current, admin, live.id, group.id);
      const res = await t.current.call({
        method: 'GET',
        url: `${P}/policies/group/${group.id}`,
        as: manager,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json().response;
      expect(body.policyGroup).toMatchObject({
        id: group.id,
        name: group.name,
        isActive: true,
        isDeleted: false,
      });
      expect(
        body.policies.map((p: { id: string; status: string; is_Active: boolean; schema: string | null }) => [
          p.id,
          p.status,
          p.is_Active,
          !!p.schema,
        ]),
      ).toEqual([
        [live.id, 'activated', true, true],
        [draft.id, 'draft', false, false],
      ]);
      const missing = await t.current.call({
        method: 'GET',
        url: `${P}/policies/group/00000000-0000-4000-8000-000000000000`,
        as: manager,
      });
      expect(missing.statusCode).toBe(404);
      expect(errorCodes(missing)).toEqual(['PMS_POL_016']);
    });

    it('GET /policies/group/all lists every group, seeded ones included', async () => {
      const group = await createGroup(t.current, admin);
      const res = await t.current.call({ method: 'GET', url: `${P}/policies/group/all`, as: admin });
      expect(res.statusCode).toBe(200);
      const names = res.json().response.map((g: { policyGroup: { name: string } }) => g.policyGroup.name);
      expect(names).toEqual(expect.arrayContaining([group.name, 'mpolicygroup-default-auth']));
    });

    it('GET /policies/policy-groups lists only active groups, for partners too', async () => {
      const active = await createGroup(t.current, admin);
      const inactive = await createGroup(t.current, admin);
      await t.current.db
        .update(policyGroups)
        .set({ isActive: false })
        .where(eq(policyGroups.id, inactive.id));
      for (const user of [partner, device, manager]) {
        const res = await t.current.call({ method: 'GET', url: `${P}/policies/policy-groups`, as: user });
        expect(res.statusCode).toBe(200);
        const ids = res.json().response.map((g: { id: string }) => g.id);
        expect(ids).toContain(active.id);
        expect(ids).not.toContain(inactive.id);
        expect(res.json().response[0]).toEqual({
          id: expect.any(String),
          name: expect.any(String),
          description: expect.any(String),
          isActive: true,
        });
      }
    });

    it('GET /policy-groups pages, filters and sorts in SQL', async () => {
      const tag = unique('zeta');
      const made = [];
      for (const suffix of ['c', 'a', 'b'])
        made.push(await createGroup(t.current, admin, `${tag}-${suffix}`));
      const [, second] = made;
      if (!second) throw new Error('setup');
      await t.current.db.update(policyGroups).set({ isActive: false }).where(eq(policyGroups.id, second.id));
      const page = await t.current.call({
        method: 'GET',
        url: `${P}/policy-groups?policyGroupName=${tag.toUpperCase()}&sortFieldName=policyGroupName&sortType=desc&pageNo=0&pageSize=2`,
        as: admin,
      });
      expect(page.statusCode).toBe(200);
      expect(page.json().id).toBe('mosip.pms.policy.groups.get');
      const body = page.json().response;
      expect(body).toMatchObject({ pageNo: 0, pageSize: 2, totalResults: 3 });
      expect(body.data.map((g: { policyGroupName: string }) => g.policyGroupName)).toEqual([
        `${tag}-c`,
        `${tag}-b`,
      ]);
      const next = await t.current.call({
        method: 'GET',
        url: `${P}/policy-groups?policyGroupName=${tag}&sortFieldName=policyGroupName&sortType=desc&pageNo=1&pageSize=2`,
        as: admin,
      });
      expect(next.json().response.data.map((g: { policyGroupName: string }) => g.policyGroupName)).toEqual([
        `${tag}-a`,
      ]);
      const inactive = await t.current.call({
        method: 'GET',
        url: `${P}/policy-groups?policyGroupName=${tag}&status=deactivated`,
        as: admin,
      });
      expect(inactive.json().response.data).toEqual([
        expect.objectContaining({ policyGroupId: second.id, isActive: false, status: 'deactivated' }),
      ]);
      const badSort = await t.current.call({
        method: 'GET',
        url: `${P}/policy-groups?sortFieldName=crDtimes&sortType=asc&pageNo=0&pageSize=5`,
        as: admin,
      });
      expect(badSort.statusCode).toBe(400);
      expect(errorCodes(badSort)).toEqual(['PMS_PRT_357']);
    });
  });

  describe('access', () => {
    const group = '00000000-0000-4000-8000-000000000000';
    const managerOnly: [string, string, unknown?][] = [
      ['POST', '/policies/group/new', { name: 'x', desc: 'x' }],
      ['PUT', `/policies/group/${group}`, { name: 'x', desc: 'x' }],
      ['PATCH', `/policies/group/${group}`, { status: 'De-Activate' }],
      ['GET', `/policies/group/${group}`],
      ['GET', '/policies/group/all'],
      ['GET', '/policy-groups'],
    ];

    it('answers 401 without a token on every group endpoint', async () => {
      for (const [method, url, request] of [
        ...managerOnly,
        ['GET', '/policies/policy-groups'] as [string, string],
      ]) {
        const res = await t.current.call({ method: method as 'GET', url: `${P}${url}`, request });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(errorCodes(res)).toEqual(['KER-ATH-401']);
      }
    });

    it('answers 403 to partner and service roles on manager endpoints, and to services on the chooser', async () => {
      const before = await snapshot(t.current);
      for (const [method, url, request] of managerOnly) {
        for (const user of [partner, service]) {
          const res = await t.current.call({ method: method as 'GET', url: `${P}${url}`, as: user, request });
          expect(res.statusCode, `${method} ${url} as ${user.roles}`).toBe(403);
          expect(errorCodes(res)).toEqual(['KER-ATH-403']);
        }
      }
      const chooser = await t.current.call({
        method: 'GET',
        url: `${P}/policies/policy-groups`,
        as: service,
      });
      expect(chooser.statusCode).toBe(403);
      expect(await snapshot(t.current)).toEqual(before);
    });
  });
});
