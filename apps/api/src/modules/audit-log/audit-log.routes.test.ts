import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';

const LIST = '/v1/partnermanager/audit-events';

interface Listed {
  pageNo: number;
  pageSize: number;
  totalResults: number;
  data: { id: string; actorName: string | null; action: string; entityId: string | null }[];
}

describe('audit log API', () => {
  const t = useTestApp();
  let admin: SeededUser;
  /** A unique entity type per run, so other audit rows of this database never interfere. */
  const entityType = `audit_test_${newId().slice(0, 8)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    const seed = [
      {
        key: 'alice',
        actorName: 'alice',
        action: 'policy.publish',
        at: '2026-01-01T10:00:00Z',
        entityId: 'p1',
      },
      {
        key: 'bob',
        actorName: 'bob_smith',
        action: 'policy.update',
        at: '2026-02-01T10:00:00Z',
        entityId: 'p1',
      },
      {
        key: 'carol',
        actorName: 'Carol',
        action: 'partner.activate',
        at: '2026-03-01T10:00:00Z',
        entityId: 'x9',
      },
      {
        key: 'pct',
        actorName: '50%off',
        action: 'policy.update',
        at: '2026-04-01T10:00:00Z',
        entityId: 'p2',
      },
    ];
    for (const s of seed) {
      const id = newId();
      ids[s.key] = id;
      await t.current.db.insert(auditEvents).values({
        id,
        occurredAt: new Date(s.at),
        actorName: s.actorName,
        actorRoles: ['PARTNER_ADMIN'],
        action: s.action,
        entityType,
        entityId: s.entityId,
        before: { policyStatus: 'DRAFT' },
        after: { policyStatus: 'PUBLISHED' },
        requestId: `req-${s.key}`,
        address: '127.0.0.1',
      });
    }
  });

  async function list(query: Record<string, string>): Promise<Listed> {
    const res = await t.current.call({
      method: 'GET',
      url: LIST,
      query: { entityType, ...query },
      as: admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ response: Listed }>().response;
  }

  it('lists newest first in the v2 envelope, paged', async () => {
    const res = await t.current.call({ method: 'GET', url: LIST, query: { entityType }, as: admin });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.responseTime).toBeTypeOf('string');
    expect(body.response.totalResults).toBe(4);
    expect(body.response.data.map((e: { id: string }) => e.id)).toEqual([
      ids.pct,
      ids.carol,
      ids.bob,
      ids.alice,
    ]);
    expect(body.response.data[3]).toMatchObject({
      actorName: 'alice',
      action: 'policy.publish',
      entityType,
      entityId: 'p1',
      before: { policyStatus: 'DRAFT' },
      after: { policyStatus: 'PUBLISHED' },
      requestId: 'req-alice',
      occurredAt: '2026-01-01T10:00:00.000Z',
    });
    const page = await list({ pageNo: '1', pageSize: '3' });
    expect(page).toMatchObject({ pageNo: 1, pageSize: 3, totalResults: 4 });
    expect(page.data.map((e) => e.id)).toEqual([ids.alice]);
  });

  it('filters by actor (contains, case-insensitive), action, entity id and time range', async () => {
    expect((await list({ actor: 'CAR' })).data.map((e) => e.id)).toEqual([ids.carol]);
    expect((await list({ action: 'policy.update' })).data.map((e) => e.id)).toEqual([ids.pct, ids.bob]);
    expect((await list({ entityId: 'p1' })).data.map((e) => e.id)).toEqual([ids.bob, ids.alice]);
    const range = await list({ from: '2026-01-15T00:00:00Z', to: '2026-03-01T10:00:00Z' });
    expect(range.data.map((e) => e.id)).toEqual([ids.carol, ids.bob]);
  });

  it('sorts by a whitelisted field', async () => {
    const paged = { pageNo: '0', pageSize: '10', action: 'policy.update' };
    const desc = await list({ ...paged, sortFieldName: 'actorName', sortType: 'desc' });
    expect(desc.data.map((e) => e.actorName)).toEqual(['bob_smith', '50%off']);
    const asc = await list({ ...paged, sortFieldName: 'actorName', sortType: 'ASC' });
    expect(asc.data.map((e) => e.actorName)).toEqual(['50%off', 'bob_smith']);
    const oldest = await list({ pageNo: '0', pageSize: '1', sortFieldName: 'occurredAt', sortType: 'asc' });
    expect(oldest.data.map((e) => e.id)).toEqual([ids.alice]);
    const byAction = await list({ pageNo: '0', pageSize: '10', sortFieldName: 'action', sortType: 'desc' });
    expect(byAction.data.map((e) => e.action)).toEqual([
      'policy.update',
      'policy.update',
      'policy.publish',
      'partner.activate',
    ]);
  });

  it('gets one event, 404 for an unknown id, 400 for a malformed one', async () => {
    const one = await t.current.call({ method: 'GET', url: `${LIST}/${ids.bob}`, as: admin });
    expect(one.statusCode).toBe(200);
    expect(one.json().response).toMatchObject({ id: ids.bob, actorName: 'bob_smith' });
    const missing = await t.current.call({ method: 'GET', url: `${LIST}/${newId()}`, as: admin });
    expect(missing.statusCode).toBe(404);
    expect(errorCodes(missing)).toEqual(['PMS_AUD_001']);
    const malformed = await t.current.call({ method: 'GET', url: `${LIST}/not-a-uuid`, as: admin });
    expect(malformed.statusCode).toBe(400);
    expect(errorCodes(malformed)).toEqual(['PMS_COR_001']);
  });

  it('refuses a malformed time filter', async () => {
    const res = await t.current.call({ method: 'GET', url: LIST, query: { from: 'yesterday' }, as: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ errorCode: 'PMS_COR_001', field: 'querystring.from' });
  });

  it('answers 401 without a token and 403 to every non-admin role', async () => {
    for (const url of [LIST, `${LIST}/${ids.alice}`]) {
      const anonymous = await t.current.call({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(401);
      expect(errorCodes(anonymous)).toEqual(['KER-ATH-401']);
      for (const role of ['POLICYMANAGER', 'AUTH_PARTNER', 'ID_AUTHENTICATION'] as const) {
        const user = await t.current.createUser([role]);
        const denied = await t.current.call({ method: 'GET', url, as: user });
        expect(denied.statusCode).toBe(403);
        expect(errorCodes(denied)).toEqual(['KER-ATH-403']);
      }
    }
  });
});
