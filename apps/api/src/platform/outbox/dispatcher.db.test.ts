import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { type Config, testConfig } from '../../config.ts';
import { newId } from '../../lib/ids.ts';
import { encryptSecret } from '../crypto/master-key.ts';
import { startJobs } from '../jobs.ts';
import {
  backoffMs,
  type DispatcherDeps,
  dispatchOnce,
  webhookSecretContext,
  websubPublishUrl,
} from './dispatcher.ts';
import { mails, outboxMessages, webhookSubscriptions } from './outbox.table.ts';
import { type DomainEvent, type OutboxSettings, publishEvent, queueMail } from './outbox.ts';

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP receiver on 127.0.0.1 whose answer the test decides per request. */
class Receiver {
  received: Received[] = [];
  respond: (r: Received) => { status: number; delayMs?: number; hang?: boolean } = () => ({ status: 200 });
  private server: Server | undefined;
  url = '';

  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.received.push(r);
        const answer = this.respond(r);
        if (answer.hang) return;
        setTimeout(() => res.writeHead(answer.status).end('answer'), answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    this.url = `http://127.0.0.1:${address.port}`;
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

let database: TestDatabase;
const receiver = new Receiver();
const masterKey = randomBytes(32);

function depsWith(overrides: Partial<Config> = {}): DispatcherDeps {
  return {
    db: database.db,
    masterKey,
    config: testConfig({
      WEBSUB_HUB_URL: `${receiver.url}/hub`,
      OUTBOX_MAX_ATTEMPTS: 3,
      OUTBOX_BACKOFF_BASE_MS: 1000,
      ...overrides,
    }),
  };
}

const websubOn: OutboxSettings = { websubEnabled: true, publisher: 'pms' };
const websubOff: OutboxSettings = { websubEnabled: false, publisher: 'pms' };

function event(entityId: string, n = 0, topic = 'POLICY_UPDATED'): DomainEvent {
  return { topic, entityType: 'policy', entityId, data: { policyData: { policyId: entityId, n } } };
}

async function publish(settings: OutboxSettings, ...events: DomainEvent[]) {
  for (const e of events) await database.db.transaction((tx) => publishEvent(tx, settings, e));
}

async function rowsOf(entityId: string) {
  return database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.entityId, entityId))
    .orderBy(outboxMessages.seq);
}

/** Simulates the passing of time: every pending row is due now. */
async function makeAllDue() {
  await database.db
    .update(outboxMessages)
    .set({ nextAttemptAt: sql`now() - interval '1 second'` })
    .where(eq(outboxMessages.status, 'pending'));
}

async function addSubscription(topics: string[], active = true) {
  const id = newId();
  const secret = `whsec_${newId()}`;
  await database.db.insert(webhookSubscriptions).values({
    id,
    name: 'test',
    url: `${receiver.url}/hook/${id}`,
    topics,
    active,
    secretEncrypted: encryptSecret(masterKey, secret, webhookSecretContext(id)),
  });
  return { id, secret };
}

/** Runs dispatcher rounds until nothing is due (bounded). */
async function drain(deps: DispatcherDeps) {
  for (let i = 0; i < 50; i++) if ((await dispatchOnce(deps)).claimed === 0) return;
  throw new Error('outbox did not drain');
}

beforeAll(async () => {
  database = await createTestDatabase();
  await receiver.start();
}, 60_000);

afterAll(async () => {
  await receiver.stop();
  await database.destroy();
});

beforeEach(async () => {
  await drain(depsWith());
  await database.db.delete(outboxMessages);
  await database.db.delete(webhookSubscriptions);
  receiver.received = [];
  receiver.respond = () => ({ status: 200 });
});

describe('outbox dispatcher', () => {
  it('publishes to the WebSub hub with MOSIP’s publish convention and the stored payload', async () => {
    const policyId = newId();
    await publish(websubOn, event(policyId));
    const result = await dispatchOnce(depsWith());
    expect(result).toEqual({ claimed: 1, delivered: 1, retried: 0, dead: 0 });
    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    const url = new URL(hit?.url ?? '', receiver.url);
    expect(url.pathname).toBe('/hub');
    expect(url.searchParams.get('hub.mode')).toBe('publish');
    expect(url.searchParams.get('hub.topic')).toBe('POLICY_UPDATED');
    expect(hit?.headers['content-type']).toBe('application/json');
    const [row] = await rowsOf(policyId);
    expect(JSON.parse(hit?.body ?? '')).toEqual(row?.payload);
    expect(row).toMatchObject({ status: 'delivered', attempts: 1, result: 'HTTP 200', lastError: null });
    expect(row?.deliveredAt).toBeInstanceOf(Date);
    // Delivered rows are never sent again.
    expect((await dispatchOnce(depsWith())).claimed).toBe(0);
  });

  it('keeps an existing query string of the hub URL', () => {
    expect(websubPublishUrl('http://hub.local/websub/hub?x=1', 'APIKEY_APPROVED')).toBe(
      'http://hub.local/websub/hub?x=1&hub.mode=publish&hub.topic=APIKEY_APPROVED',
    );
  });

  it('signs webhook calls with the subscription secret over "<timestamp>.<body>"', async () => {
    const sub = await addSubscription(['POLICY_UPDATED']);
    const other = await addSubscription(['PARTNER_UPDATED']);
    const policyId = newId();
    await publish(websubOff, event(policyId));
    const rows = await rowsOf(policyId);
    expect(rows.map((r) => [r.channel, r.subscriptionId])).toEqual([['webhook', sub.id]]);
    await dispatchOnce(depsWith());
    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    expect(hit?.url).toBe(`/hook/${sub.id}`);
    expect(hit?.url).not.toContain(other.id);
    const timestamp = String(hit?.headers['x-pms-timestamp']);
    expect(timestamp).toMatch(/^\d{10}$/);
    expect(hit?.headers['x-pms-event']).toBe('POLICY_UPDATED');
    expect(hit?.headers['x-pms-delivery']).toBe(rows[0]?.id);
    const expected = createHmac('sha256', sub.secret).update(`${timestamp}.${hit?.body}`).digest('hex');
    expect(hit?.headers['x-pms-signature']).toBe(`sha256=${expected}`);
    expect(JSON.parse(hit?.body ?? '')).toEqual(rows[0]?.payload);
  });

  it('gives up at once on an inactive subscription', async () => {
    const sub = await addSubscription(['POLICY_UPDATED']);
    const policyId = newId();
    await publish(websubOff, event(policyId));
    await database.db
      .update(webhookSubscriptions)
      .set({ active: false })
      .where(eq(webhookSubscriptions.id, sub.id));
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, dead: 1 });
    expect(receiver.received).toHaveLength(0);
    expect((await rowsOf(policyId))[0]).toMatchObject({ status: 'dead', lastError: 'subscription inactive' });
  });

  it('retries with backoff, gives up after OUTBOX_MAX_ATTEMPTS, then lets later rows of the entity go', async () => {
    const policyId = newId();
    await publish(websubOn, event(policyId, 1), event(policyId, 2));
    receiver.respond = (r) => ({ status: r.body.includes('"n":1') ? 503 : 200 });

    const first = await dispatchOnce(depsWith());
    expect(first).toEqual({ claimed: 1, delivered: 0, retried: 1, dead: 0 });
    let [head, next] = await rowsOf(policyId);
    expect(head).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503: answer' });
    const [{ future } = { future: false }] = await database.db
      .select({ future: sql<boolean>`${outboxMessages.nextAttemptAt} > now()` })
      .from(outboxMessages)
      .where(eq(outboxMessages.id, head?.id ?? ''));
    expect(future).toBe(true);
    // Not due yet, and the later row waits behind it.
    expect((await dispatchOnce(depsWith())).claimed).toBe(0);
    expect(next?.status).toBe('pending');

    await makeAllDue();
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, retried: 1 });
    await makeAllDue();
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, dead: 1 });
    [head, next] = await rowsOf(policyId);
    expect(head).toMatchObject({ status: 'dead', attempts: 3, lastError: 'HTTP 503: answer' });
    expect(next?.status).toBe('pending');

    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await rowsOf(policyId))[1]?.status).toBe('delivered');
    expect(receiver.received.map((r) => JSON.parse(r.body).event.data.policyData.n)).toEqual([1, 1, 1, 2]);
  });

  it('computes exponential backoff with jitter', () => {
    expect(backoffMs(1000, 1, () => 0)).toBe(500);
    expect(backoffMs(1000, 1, () => 1)).toBe(1000);
    expect(backoffMs(1000, 4, () => 1)).toBe(8000);
    expect(backoffMs(1000, 40, () => 1)).toBe(3_600_000);
  });

  it('records a timeout as a failed attempt', async () => {
    const policyId = newId();
    await publish(websubOn, event(policyId));
    receiver.respond = () => ({ status: 200, hang: true });
    expect(await dispatchOnce(depsWith(), { timeoutMs: 200 })).toMatchObject({ retried: 1 });
    expect((await rowsOf(policyId))[0]).toMatchObject({ status: 'pending', lastError: 'timed out' });
  });

  it('delivers strictly in order per entity while other entities proceed', async () => {
    const a = newId();
    const b = newId();
    await publish(websubOn, event(a, 1), event(b, 1), event(a, 2), event(a, 3), event(b, 2));
    receiver.respond = (r) => ({ status: r.body.includes(a) && r.body.includes('"n":1') ? 500 : 200 });
    // Round 1: a#1 fails, b#1 goes; a#2 and a#3 are not eligible behind a#1.
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 2, delivered: 1, retried: 1 });
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, delivered: 1 }); // b#2
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 0 });
    receiver.respond = () => ({ status: 200 });
    await makeAllDue();
    await drain(depsWith());
    const sent = receiver.received
      .filter((r) => r.body.includes(a))
      .map((r) => JSON.parse(r.body).event.data.policyData.n);
    expect(sent).toEqual([1, 1, 2, 3]);
    expect((await rowsOf(a)).map((r) => r.status)).toEqual(['delivered', 'delivered', 'delivered']);
  });

  it('never delivers a row twice when two dispatchers run at the same time', async () => {
    const entities = Array.from({ length: 12 }, () => newId());
    for (const id of entities) await publish(websubOn, event(id, 1), event(id, 2));
    const total = entities.length * 2;
    receiver.respond = () => ({ status: 200, delayMs: 50 });
    const deps = depsWith();
    const claimedBy = [0, 0];
    for (let round = 0; round < 20; round++) {
      const [one, two] = await Promise.all([
        dispatchOnce(deps, { batchSize: 5 }),
        dispatchOnce(deps, { batchSize: 5 }),
      ]);
      claimedBy[0] = (claimedBy[0] ?? 0) + (one?.claimed ?? 0);
      claimedBy[1] = (claimedBy[1] ?? 0) + (two?.claimed ?? 0);
      if (!one?.claimed && !two?.claimed) break;
    }
    expect(receiver.received).toHaveLength(total);
    const ids = receiver.received.map((r) => JSON.parse(r.body).event.id);
    expect(new Set(ids).size).toBe(total);
    expect((claimedBy[0] ?? 0) + (claimedBy[1] ?? 0)).toBe(total);
    expect(claimedBy[0]).toBeGreaterThan(0);
    expect(claimedBy[1]).toBeGreaterThan(0);
    for (const id of entities) {
      const order = receiver.received
        .filter((r) => r.body.includes(id))
        .map((r) => JSON.parse(r.body).event.data.policyData.n);
      expect(order).toEqual([1, 2]);
    }
  });

  it('delivers again a row whose dispatcher died mid-delivery, once its lease has run out', async () => {
    const policyId = newId();
    await publish(websubOn, event(policyId));
    // A dispatcher claimed the row and vanished: the claim token is set and the lease has run out.
    await database.db
      .update(outboxMessages)
      .set({ claimToken: newId(), attempts: 1, nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(outboxMessages.entityId, policyId));
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await rowsOf(policyId))[0]).toMatchObject({ status: 'delivered', attempts: 2, claimToken: null });
  });

  it('runs as a registered background job once jobs are started', async () => {
    const policyId = newId();
    await publish(websubOn, event(policyId));
    const deps = depsWith({ OUTBOX_POLL_MS: 50 });
    const jobs = startJobs({ ...deps, log: Fastify({ logger: false }).log });
    try {
      await vi.waitFor(
        async () => {
          expect((await rowsOf(policyId))[0]?.status).toBe('delivered');
        },
        { timeout: 10_000, interval: 50 },
      );
    } finally {
      await jobs.stop();
    }
    expect(receiver.received).toHaveLength(1);
  });

  it('keeps mails in the mailbox when no SMTP server is configured', async () => {
    const mailId = await database.db.transaction((tx) =>
      queueMail(tx, { to: 'a@example.org', subject: 'Hi', text: 'Body', lang: 'eng', template: 'test' }),
    );
    expect(await dispatchOnce(depsWith())).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await rowsOf(mailId))[0]).toMatchObject({ status: 'delivered', result: 'kept in mailbox' });
    const [mail] = await database.db.select().from(mails).where(eq(mails.id, mailId));
    expect(mail?.sentAt).toBeNull();
  });

  it('sends mails over SMTP_URL and marks them sent', async () => {
    const smtp = await startFakeSmtp();
    try {
      const mailId = await database.db.transaction((tx) =>
        queueMail(tx, {
          to: 'partner@example.org',
          subject: 'Your key',
          text: 'Hello partner',
          lang: 'eng',
          template: 'apikey',
        }),
      );
      const deps = depsWith({
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'PMS <pms@example.org>',
      });
      expect(await dispatchOnce(deps)).toMatchObject({ claimed: 1, delivered: 1 });
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]?.to).toEqual(['<partner@example.org>']);
      expect(smtp.messages[0]?.data).toContain('Subject: Your key');
      expect(smtp.messages[0]?.data).toContain('Hello partner');
      const [mail] = await database.db.select().from(mails).where(eq(mails.id, mailId));
      expect(mail?.sentAt).toBeInstanceOf(Date);
      expect((await rowsOf(mailId))[0]?.result).toMatch(/^SMTP 250/);
    } finally {
      await smtp.stop();
    }
  });
});

/** Just enough of an SMTP server (no TLS, no auth) to receive what nodemailer sends. */
async function startFakeSmtp() {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server: TcpServer = createTcpServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      while (true) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          messages.push(current);
          current = { from: '', to: [], data: '' };
          socket.write('250 2.0.0 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake\r\n');
        else if (verb === 'MAIL') {
          current.from = line.slice(10);
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          current.to.push(line.slice(8));
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    port: address.port,
    messages,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
