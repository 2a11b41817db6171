import { randomBytes } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../test/app.ts';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { newId } from '../lib/ids.ts';
import { auditEvents } from './audit/audit.table.ts';
import { webhookSubscriptions } from './outbox/outbox.table.ts';

const AUDIT = '/v1/partnermanager/audit-events';
const WEBHOOKS = '/v1/partnermanager/webhooks';
const BODY_LIMIT = 4096;

describe('platform: operations endpoints', () => {
  const t = useTestApp({ BODY_LIMIT_BYTES: BODY_LIMIT });

  it('/health answers UP without a token', async () => {
    const res = await t.current.call({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'UP' });
  });

  it('/ready checks the database and the migrations', async () => {
    const res = await t.current.call({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'UP', checks: { database: true, migrations: true } });
  });

  it('/metrics counts requests per route', async () => {
    await t.current.call({ method: 'GET', url: '/health' });
    const res = await t.current.call({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('# TYPE pms_http_requests_total counter');
    expect(res.body).toMatch(/pms_http_requests_total\{method="GET",route="\/health",status="200"\} \d+/);
    expect(res.body).toContain('pms_http_request_duration_seconds_bucket');
  });

  it('/docs/json is an OpenAPI document listing the routes with their access', async () => {
    const res = await t.current.call({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      paths: Record<string, Record<string, { summary?: string; tags?: string[]; security?: unknown[] }>>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/health',
      '/ready',
      AUDIT,
      `${AUDIT}/{id}`,
      WEBHOOKS,
      `${WEBHOOKS}/{id}/deliveries`,
      '/v1/partnermanager/outbox/{id}/retry',
      '/v1/partnermanager/mailbox',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.paths[AUDIT]?.get).toMatchObject({ summary: expect.any(String), tags: ['Audit log'] });
    expect(doc.paths[AUDIT]?.get?.security).toBeDefined();
    expect(doc.paths['/health']?.get?.security).toBeUndefined();
    expect(doc.paths).not.toHaveProperty(['/metrics']);
  });
});

describe('platform: every route declares access, summary and tags', () => {
  it('fails for any route outside /docs without them', async () => {
    const routes: RouteOptions[] = [];
    const database = await openDatabase({ kind: 'pglite' });
    try {
      const app = await buildApp({
        db: database.db,
        config: testConfig(),
        masterKey: randomBytes(32),
        onRoute: (route) => routes.push(route),
      });
      await app.ready();
      await app.close();
    } finally {
      await database.close();
    }
    const checked = routes.filter((r) => !r.url.startsWith('/docs'));
    expect(checked.length).toBeGreaterThan(10);
    const offenders = checked
      .filter((r) => {
        const schema = (r.schema ?? {}) as { summary?: unknown; tags?: unknown };
        const tags = Array.isArray(schema.tags) ? schema.tags : [];
        return (
          r.config?.access === undefined ||
          typeof schema.summary !== 'string' ||
          !schema.summary ||
          tags.length === 0
        );
      })
      .map((r) => `${String(r.method)} ${r.url}`);
    expect(offenders).toEqual([]);
    // The walk really sees the routes (a hook that saw nothing would pass the check above vacuously).
    expect(checked.map((r) => `${String(r.method)} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /health', `GET ${AUDIT}`, `POST ${WEBHOOKS}`, 'GET /metrics']),
    );
  });
});

describe('platform: bad input answers the right code and changes nothing', () => {
  const t = useTestApp({ BODY_LIMIT_BYTES: BODY_LIMIT });
  let admin: SeededUser;
  const entityType = `platform_test_${newId().slice(0, 8)}`;

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    for (const actorName of ['under_score', 'underXscore', 'pct%sign', 'back\\slash', "o'brien"]) {
      await t.current.db.insert(auditEvents).values({
        id: newId(),
        actorName,
        action: 'test.seed',
        entityType,
        entityId: actorName,
      });
    }
  });

  async function counts() {
    const [audit] = await t.current.db.select({ n: count() }).from(auditEvents);
    const [hooks] = await t.current.db.select({ n: count() }).from(webhookSubscriptions);
    return { audit: audit?.n, hooks: hooks?.n };
  }

  const validWebhook = { name: 'hook', url: 'https://example.org/hook', topics: ['POLICY_UPDATED'] };

  function post(payload: string | object, headers: Record<string, string> = {}) {
    return t.current.call({
      method: 'POST',
      url: WEBHOOKS,
      as: admin,
      payload,
      headers: { 'content-type': 'application/json', ...headers },
    });
  }

  it('malformed JSON → 400 PMS_COR_002', async () => {
    const before = await counts();
    const res = await post('{"request": {"name": ');
    expect(res.statusCode).toBe(400);
    expect(errorCodes(res)).toEqual(['PMS_COR_002']);
    expect(await counts()).toEqual(before);
  });

  it('wrong content type → 415 PMS_COR_415', async () => {
    const before = await counts();
    const res = await post('<request/>', { 'content-type': 'application/xml' });
    expect(res.statusCode).toBe(415);
    expect(errorCodes(res)).toEqual(['PMS_COR_415']);
    expect(res.json().errors[0].message).toContain('application/xml');
    expect(await counts()).toEqual(before);
  });

  it('a body over BODY_LIMIT_BYTES → 413 PMS_COR_413', async () => {
    const before = await counts();
    const res = await post({ request: { ...validWebhook, name: 'x'.repeat(BODY_LIMIT * 2) } });
    expect(res.statusCode).toBe(413);
    expect(errorCodes(res)).toEqual(['PMS_COR_413']);
    expect(res.json().errors[0].message).toContain(String(BODY_LIMIT));
    expect(await counts()).toEqual(before);
  });

  it('missing or non-object envelope `request` → 400 PMS_REQUEST_ERROR_005', async () => {
    const before = await counts();
    for (const payload of [{ id: 'mosip.pms', version: '1.0' }, { request: 'text' }, { request: null }]) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorCodes(res)).toEqual(['PMS_REQUEST_ERROR_005']);
    }
    expect(await counts()).toEqual(before);
  });

  it('unknown fields → PMS_COR_001 naming them, inside and around the request', async () => {
    const before = await counts();
    const inner = await post({ request: { ...validWebhook, isAdmin: true } });
    expect(inner.statusCode).toBe(400);
    expect(inner.json().errors).toEqual([
      expect.objectContaining({
        errorCode: 'PMS_COR_001',
        field: 'request',
        message: expect.stringContaining('isAdmin'),
      }),
    ]);
    const outer = await post({ request: validWebhook, sneaky: 1 });
    expect(outer.statusCode).toBe(400);
    expect(outer.json().errors[0]).toMatchObject({ errorCode: 'PMS_COR_001' });
    expect(outer.json().errors[0].message).toContain('sneaky');
    expect(await counts()).toEqual(before);
  });

  it('over-long strings and wrong types → PMS_COR_001 per field (all reported)', async () => {
    const before = await counts();
    const res = await post({
      request: { name: 'n'.repeat(129), url: 42, topics: 'POLICY_UPDATED' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { errorCode: string; field: string }[] }>().errors;
    expect(fields.every((e) => e.errorCode === 'PMS_COR_001')).toBe(true);
    expect([...new Set(fields.map((e) => e.field))].sort()).toEqual([
      'request.name',
      'request.topics',
      'request.url',
    ]);
    const longFilter = await t.current.call({
      method: 'GET',
      url: AUDIT,
      query: { actor: 'a'.repeat(257) },
      as: admin,
    });
    expect(longFilter.statusCode).toBe(400);
    expect(longFilter.json().errors[0]).toMatchObject({
      errorCode: 'PMS_COR_001',
      field: 'querystring.actor',
    });
    const wrongType = await t.current.call({
      method: 'PUT',
      url: `${WEBHOOKS}/${newId()}`,
      as: admin,
      request: { active: 'yes' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0]).toMatchObject({ errorCode: 'PMS_COR_001', field: 'request.active' });
    expect(await counts()).toEqual(before);
  });

  it('SQL wildcards and injection attempts in audit filters match literally and change nothing', async () => {
    const before = await counts();
    const actorsFor = async (query: Record<string, string>) => {
      const res = await t.current.call({
        method: 'GET',
        url: AUDIT,
        query: { entityType, ...query },
        as: admin,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json<{ response: { data: { actorName: string }[] } }>()
        .response.data.map((e) => e.actorName)
        .sort();
    };
    expect(await actorsFor({})).toHaveLength(5);
    expect(await actorsFor({ actor: '_' })).toEqual(['under_score']);
    expect(await actorsFor({ actor: 'r_s' })).toEqual(['under_score']);
    expect(await actorsFor({ actor: '%' })).toEqual(['pct%sign']);
    expect(await actorsFor({ actor: '\\' })).toEqual(['back\\slash']);
    expect(await actorsFor({ actor: "o'b" })).toEqual(["o'brien"]);
    expect(await actorsFor({ actor: "' OR '1'='1" })).toEqual([]);
    expect(await actorsFor({ actor: "x'; DELETE FROM audit_events; --" })).toEqual([]);
    expect(await actorsFor({ action: "test.seed' OR 'a'='a" })).toEqual([]);
    expect(await actorsFor({ entityId: "under_score'; DROP TABLE audit_events; --" })).toEqual([]);
    expect(await actorsFor({ entityId: 'under_score' })).toEqual(['under_score']);
    const injectedType = await t.current.call({
      method: 'GET',
      url: AUDIT,
      query: { entityType: `${entityType}' OR 1=1 --` },
      as: admin,
    });
    expect(injectedType.json().response.totalResults).toBe(0);
    expect(await counts()).toEqual(before);
    const [table] = await t.current.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.entityType, entityType));
    expect(table?.n).toBe(5);
  });

  it('unknown sort field → PMS_PRT_357, negative paging → PMS_PRT_360', async () => {
    const sort = await t.current.call({
      method: 'GET',
      url: AUDIT,
      query: { pageNo: '0', pageSize: '10', sortFieldName: 'before; drop table x', sortType: 'asc' },
      as: admin,
    });
    expect(sort.statusCode).toBe(400);
    expect(errorCodes(sort)).toEqual(['PMS_PRT_357']);
    expect(sort.json().errors[0].field).toBe('sortFieldName');
    const negative = await t.current.call({
      method: 'GET',
      url: AUDIT,
      query: { pageNo: '-1', pageSize: '10' },
      as: admin,
    });
    expect(negative.statusCode).toBe(400);
    expect(errorCodes(negative)).toEqual(['PMS_PRT_360']);
  });

  it('answers in French and Arabic per Accept-Language', async () => {
    const missing = (lang: string) =>
      t.current.call({
        method: 'GET',
        url: `${AUDIT}/${newId()}`,
        as: admin,
        headers: { 'accept-language': lang },
      });
    const fr = await missing('fr-FR,fr;q=0.9,en;q=0.5');
    expect(fr.statusCode).toBe(404);
    expect(fr.json().errors[0]).toEqual({
      errorCode: 'PMS_AUD_001',
      message: "Événement d'audit introuvable.",
      field: 'id',
    });
    const ar = await missing('ar');
    expect(ar.json().errors[0].message).toBe('حدث التدقيق غير موجود.');
    const en = await missing('en');
    expect(en.json().errors[0].message).toBe('Audit event not found.');

    const sortFr = await t.current.call({
      method: 'GET',
      url: AUDIT,
      query: { pageNo: '0', pageSize: '1', sortFieldName: 'nope', sortType: 'asc' },
      as: admin,
      headers: { 'accept-language': 'fr' },
    });
    expect(sortFr.json().errors[0].message).toBe('Champ de tri invalide nope');
    const unknownFieldAr = await t.current.call({
      method: 'POST',
      url: WEBHOOKS,
      as: admin,
      headers: { 'accept-language': 'ar' },
      request: { ...validWebhook, extra: 1 },
    });
    expect(unknownFieldAr.json().errors[0].message).toContain('حقول غير معروفة extra');
  });
});

describe('platform: failures of the service itself', () => {
  const t = useTestApp();

  /** A second connection to a database of the same driver, which the test may close. */
  async function disposableDatabase(): Promise<Database> {
    const url = t.current.database.pool?.options.connectionString;
    if (t.current.database.driver === 'postgres' && url) {
      return openDatabase({ kind: 'postgres', url, poolSize: 2 });
    }
    const database = await openDatabase({ kind: 'pglite' });
    await runMigrations(database);
    return database;
  }

  it('/ready answers 503 and other endpoints 500 with the request id once the database is closed', async () => {
    const database = await disposableDatabase();
    const app = await buildApp({ db: database.db, config: testConfig(), masterKey: randomBytes(32) });
    try {
      await app.ready();
      expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
      await database.close();
      const ready = await app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(errorCodes(ready)).toEqual(['PMS_COR_503']);
      const health = await app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(200);
      const failed = await app.inject({
        method: 'GET',
        url: AUDIT,
        headers: { authorization: 'Bearer some-token', 'x-request-id': 'req-db-down-1' },
      });
      expect(failed.statusCode).toBe(500);
      expect(failed.headers['x-request-id']).toBe('req-db-down-1');
      expect(failed.json().errors).toEqual([
        {
          errorCode: 'PMS_COR_500',
          message: 'Unable to process the request. Quote request id req-db-down-1 to the operator.',
        },
      ]);
    } finally {
      await app.close();
    }
  });

  it('an unexpected error → 500 PMS_COR_500 with the request id, never the internal message', async () => {
    const app = await buildApp({ db: t.current.db, config: testConfig(), masterKey: randomBytes(32) });
    app.get(
      '/test/boom',
      { config: { access: 'public' }, schema: { summary: 'test', tags: ['Test'] } },
      async () => {
        throw new Error('secret internal detail');
      },
    );
    try {
      await app.ready();
      const res = await app.inject({
        method: 'GET',
        url: '/test/boom',
        headers: { 'accept-language': 'fr' },
      });
      expect(res.statusCode).toBe(500);
      const requestId = res.headers['x-request-id'];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.json().errors).toEqual([
        {
          errorCode: 'PMS_COR_500',
          message: `Impossible de traiter la requête. Communiquez l'identifiant ${requestId} à l'opérateur.`,
        },
      ]);
      expect(res.body).not.toContain('secret internal detail');
    } finally {
      await app.close();
    }
  });

  it('the database is still fine for the shared app', async () => {
    const res = await t.current.db.execute(sql`select 1 as one`);
    expect(res).toBeDefined();
  });
});
