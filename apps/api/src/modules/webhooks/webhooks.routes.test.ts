import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { decryptSecret } from '../../platform/crypto/master-key.ts';
import { dispatchOnce, webhookSecretContext } from '../../platform/outbox/dispatcher.ts';
import { outboxMessages, webhookSubscriptions } from '../../platform/outbox/outbox.table.ts';
import { publishEvent } from '../../platform/outbox/outbox.ts';

const BASE = '/v1/partnermanager/webhooks';
const OUTBOX = '/v1/partnermanager/outbox';

interface Hit {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('webhook subscriptions API', () => {
  const t = useTestApp({ OUTBOX_MAX_ATTEMPTS: 1 });
  let admin: SeededUser;
  let server: Server;
  let receiverUrl = '';
  const hits: Hit[] = [];
  let status = 200;

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        hits.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    receiverUrl = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const dispatch = () =>
    dispatchOnce({ db: t.current.db, config: t.current.config, masterKey: t.current.masterKey });

  async function auditCount(entityId: string, action?: string) {
    const [row] = await t.current.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entityId), action ? eq(auditEvents.action, action) : undefined));
    return row?.n ?? 0;
  }

  async function create(overrides: Record<string, unknown> = {}) {
    const res = await t.current.call({
      method: 'POST',
      url: BASE,
      as: admin,
      request: { name: 'Auth adapter', url: `${receiverUrl}/hook`, topics: ['POLICY_UPDATED'], ...overrides },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ response: { id: string; secret: string; topics: string[]; active: boolean } }>()
      .response;
  }

  async function publishPolicy(policyId: string) {
    await t.current.db.transaction((tx) =>
      publishEvent(
        tx,
        { websubEnabled: false, publisher: 'pms' },
        {
          topic: 'POLICY_UPDATED',
          entityType: 'policy',
          entityId: policyId,
          data: { policyData: { policyId } },
        },
      ),
    );
  }

  it('creates a subscription: secret shown once, stored encrypted, creation audited', async () => {
    const created = await create({ topics: ['POLICY_UPDATED', 'APIKEY_APPROVED', 'POLICY_UPDATED'] });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created.topics).toEqual(['POLICY_UPDATED', 'APIKEY_APPROVED']);
    expect(created.active).toBe(true);
    const [row] = await t.current.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, created.id));
    expect(row?.secretEncrypted).not.toContain(created.secret);
    expect(
      decryptSecret(t.current.masterKey, row?.secretEncrypted ?? '', webhookSecretContext(created.id)),
    ).toBe(created.secret);
    const read = await t.current.call({ method: 'GET', url: `${BASE}/${created.id}`, as: admin });
    expect(read.statusCode).toBe(200);
    expect(read.json().response).toMatchObject({
      id: created.id,
      name: 'Auth adapter',
      createdBy: admin.username,
    });
    expect(read.body).not.toContain(created.secret);
    const [audit] = await t.current.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audit).toMatchObject({ action: 'webhook.create', actorName: admin.username });
    expect(JSON.stringify(audit)).not.toContain(created.secret);
  });

  it('refuses bad URLs, unknown topics and unknown fields, writing nothing', async () => {
    const [before] = await t.current.db.select({ n: count() }).from(webhookSubscriptions);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', url: 'ftp://example.org/hook', topics: ['POLICY_UPDATED'] }, 'request.url'],
      [{ name: 'x', url: 'javascript:alert(1)', topics: ['POLICY_UPDATED'] }, 'request.url'],
      [{ name: 'x', url: 'https://example.org', topics: ['NOT_A_TOPIC'] }, 'request.topics.0'],
      [{ name: 'x', url: 'https://example.org', topics: [] }, 'request.topics'],
      [{ name: 'x'.repeat(129), url: 'https://example.org', topics: ['POLICY_UPDATED'] }, 'request.name'],
      [{ name: 'x', url: 'https://example.org', topics: ['POLICY_UPDATED'], secret: 's' }, 'request'],
    ];
    for (const [request, field] of cases) {
      const res = await t.current.call({ method: 'POST', url: BASE, as: admin, request });
      expect(res.statusCode, JSON.stringify(request)).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ errorCode: 'PMS_COR_001', field });
    }
    const [after] = await t.current.db.select({ n: count() }).from(webhookSubscriptions);
    expect(after?.n).toBe(before?.n);
  });

  it('lists subscriptions paged and filtered', async () => {
    const name = `list-${newId().slice(0, 6)}`;
    await create({ name: `${name}-a` });
    await create({ name: `${name}-b` });
    const res = await t.current.call({
      method: 'GET',
      url: BASE,
      query: { name, pageNo: '0', pageSize: '1', sortFieldName: 'name', sortType: 'desc' },
      as: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toMatchObject({ totalResults: 2, pageSize: 1 });
    expect(res.json().response.data.map((w: { name: string }) => w.name)).toEqual([`${name}-b`]);
    expect(res.body).not.toContain('secret');
  });

  it('updates URL, topics and active state with a before/after audit', async () => {
    const created = await create();
    const res = await t.current.call({
      method: 'PUT',
      url: `${BASE}/${created.id}`,
      as: admin,
      request: { topics: ['PARTNER_UPDATED'], active: false, url: 'https://partner.example.org/hook' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().response).toMatchObject({
      topics: ['PARTNER_UPDATED'],
      active: false,
      url: 'https://partner.example.org/hook',
    });
    const [audit] = await t.current.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'webhook.update')));
    expect(audit?.before).toMatchObject({ topics: ['POLICY_UPDATED'], active: true });
    expect(audit?.after).toMatchObject({ topics: ['PARTNER_UPDATED'], active: false });
    // An inactive subscription gets no new rows.
    const policyId = newId();
    await publishPolicy(policyId);
    const rows = await t.current.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.subscriptionId, created.id));
    expect(rows).toHaveLength(0);
    const missing = await t.current.call({
      method: 'PUT',
      url: `${BASE}/${newId()}`,
      as: admin,
      request: { active: true },
    });
    expect(missing.statusCode).toBe(404);
    expect(errorCodes(missing)).toEqual(['PMS_WHK_001']);
  });

  it('rotates the secret: deliveries are then signed with the new one', async () => {
    const created = await create({ url: `${receiverUrl}/rotated` });
    const rotated = await t.current.call({ method: 'POST', url: `${BASE}/${created.id}/secret`, as: admin });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const secret = rotated.json().response.secret as string;
    expect(secret).not.toBe(created.secret);
    expect(await auditCount(created.id, 'webhook.rotate_secret')).toBe(1);
    await publishPolicy(newId());
    hits.length = 0;
    await dispatch();
    const hit = hits.find((h) => h.url === '/rotated');
    expect(hit).toBeDefined();
    const timestamp = String(hit?.headers['x-pms-timestamp']);
    const signature = (key: string) =>
      `sha256=${createHmac('sha256', key).update(`${timestamp}.${hit?.body}`).digest('hex')}`;
    expect(hit?.headers['x-pms-signature']).toBe(signature(secret));
    expect(hit?.headers['x-pms-signature']).not.toBe(signature(created.secret));
  });

  it('shows deliveries and failures, and re-queues a dead message once', async () => {
    // Deactivate every other subscription so this test sees only its own deliveries.
    await t.current.db.update(webhookSubscriptions).set({ active: false });
    const created = await create({ url: `${receiverUrl}/failing` });
    const policyId = newId();
    await publishPolicy(policyId);
    status = 500;
    try {
      await dispatch();
    } finally {
      status = 200;
    }
    const deliveries = await t.current.call({
      method: 'GET',
      url: `${BASE}/${created.id}/deliveries`,
      as: admin,
    });
    expect(deliveries.statusCode, deliveries.body).toBe(200);
    const [delivery] = deliveries.json().response.data;
    expect(delivery).toMatchObject({
      channel: 'webhook',
      subscriptionId: created.id,
      topic: 'POLICY_UPDATED',
      entityId: policyId,
      status: 'dead',
      attempts: 1,
      lastError: 'HTTP 500',
    });
    const failures = await t.current.call({
      method: 'GET',
      url: OUTBOX,
      query: { status: 'dead', channel: 'webhook', topic: 'POLICY_UPDATED' },
      as: admin,
    });
    expect(failures.json().response.data.map((m: { id: string }) => m.id)).toContain(delivery.id);

    const retry = await t.current.call({ method: 'POST', url: `${OUTBOX}/${delivery.id}/retry`, as: admin });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().response).toMatchObject({ id: delivery.id, status: 'pending', attempts: 0 });
    expect(await auditCount(delivery.id, 'outbox.retry')).toBe(1);
    const again = await t.current.call({ method: 'POST', url: `${OUTBOX}/${delivery.id}/retry`, as: admin });
    expect(again.statusCode).toBe(409);
    expect(errorCodes(again)).toEqual(['PMS_OBX_002']);
    expect(await auditCount(delivery.id, 'outbox.retry')).toBe(1);

    hits.length = 0;
    await dispatch();
    expect(hits.filter((h) => h.url === '/failing')).toHaveLength(1);
    const delivered = await t.current.call({
      method: 'GET',
      url: `${BASE}/${created.id}/deliveries`,
      query: { status: 'delivered' },
      as: admin,
    });
    expect(delivered.json().response.data[0]).toMatchObject({
      id: delivery.id,
      status: 'delivered',
      attempts: 1,
    });

    const unknown = await t.current.call({ method: 'POST', url: `${OUTBOX}/${newId()}/retry`, as: admin });
    expect(unknown.statusCode).toBe(404);
    expect(errorCodes(unknown)).toEqual(['PMS_OBX_001']);
    const noWebhook = await t.current.call({
      method: 'GET',
      url: `${BASE}/${newId()}/deliveries`,
      as: admin,
    });
    expect(noWebhook.statusCode).toBe(404);
    expect(errorCodes(noWebhook)).toEqual(['PMS_WHK_001']);
  });

  it('deletes a subscription, giving up its pending deliveries', async () => {
    const created = await create();
    const policyId = newId();
    await publishPolicy(policyId);
    const res = await t.current.call({ method: 'DELETE', url: `${BASE}/${created.id}`, as: admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(await auditCount(created.id, 'webhook.delete')).toBe(1);
    const gone = await t.current.call({ method: 'GET', url: `${BASE}/${created.id}`, as: admin });
    expect(gone.statusCode).toBe(404);
    expect(errorCodes(gone)).toEqual(['PMS_WHK_001']);
    const [row] = await t.current.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.subscriptionId, created.id), eq(outboxMessages.entityId, policyId)));
    expect(row).toMatchObject({ status: 'dead', lastError: 'subscription deleted' });
    const twice = await t.current.call({ method: 'DELETE', url: `${BASE}/${created.id}`, as: admin });
    expect(twice.statusCode).toBe(404);
  });

  it('answers 401 without a token and 403 to non-admin roles on every endpoint, changing nothing', async () => {
    const created = await create();
    const id = created.id;
    const endpoints: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; request?: unknown }[] = [
      { method: 'POST', url: BASE, request: { name: 'x', url: 'https://e.org', topics: ['POLICY_UPDATED'] } },
      { method: 'GET', url: BASE },
      { method: 'GET', url: `${BASE}/${id}` },
      { method: 'PUT', url: `${BASE}/${id}`, request: { active: false } },
      { method: 'DELETE', url: `${BASE}/${id}` },
      { method: 'POST', url: `${BASE}/${id}/secret` },
      { method: 'GET', url: `${BASE}/${id}/deliveries` },
      { method: 'GET', url: OUTBOX },
      { method: 'POST', url: `${OUTBOX}/${newId()}/retry` },
    ];
    const partner = await t.current.createUser(['AUTH_PARTNER']);
    const policyManager = await t.current.createUser(['POLICYMANAGER']);
    const [before] = await t.current.db.select({ n: count() }).from(auditEvents);
    for (const endpoint of endpoints) {
      const anonymous = await t.current.call(endpoint);
      expect(anonymous.statusCode, `${endpoint.method} ${endpoint.url}`).toBe(401);
      for (const user of [partner, policyManager]) {
        const denied = await t.current.call({ ...endpoint, as: user });
        expect(denied.statusCode, `${endpoint.method} ${endpoint.url}`).toBe(403);
        expect(errorCodes(denied)).toEqual(['KER-ATH-403']);
      }
    }
    const [after] = await t.current.db.select({ n: count() }).from(auditEvents);
    expect(after?.n).toBe(before?.n);
    const still = await t.current.call({ method: 'GET', url: `${BASE}/${id}`, as: admin });
    expect(still.json().response).toMatchObject({ active: true });
  });
});
