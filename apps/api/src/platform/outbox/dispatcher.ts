import { createHmac } from 'node:crypto';
import { and, asc, eq, inArray, lte, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { decryptSecret } from '../crypto/master-key.ts';
import { registerJob } from '../jobs.ts';
import { mails, outboxMessages, webhookSubscriptions } from './outbox.table.ts';

export interface DispatcherDeps {
  db: Db;
  config: Config;
  /** Decrypts webhook secrets. */
  masterKey: Buffer;
  log?: FastifyBaseLogger;
}

export interface DispatchOptions {
  /** Rows claimed per call (default 20). */
  batchSize?: number;
  /** Timeout of one HTTP delivery (default 10 s). */
  timeoutMs?: number;
  /**
   * How long a claim holds a row (default 2 minutes, well above the timeout). A dispatcher that dies
   * mid-delivery leaves the row pending; after the lease another one delivers it again (at least once).
   */
  leaseMs?: number;
}

export interface DispatchResult {
  claimed: number;
  delivered: number;
  /** Failed and scheduled again with backoff. */
  retried: number;
  /** Failed for the last time (or for good) and marked `dead`. */
  dead: number;
}

/** The context an encrypted webhook secret is bound to (see master-key.ts). */
export function webhookSecretContext(subscriptionId: string): string {
  return `webhook:${subscriptionId}`;
}

/** `X-PMS-Signature` value: `sha256=` + hex HMAC-SHA256 of `<timestamp>.<body>`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Exponential backoff with jitter: base·2^(attempt-1), a random 50–100 % of it, capped at one hour. */
export function backoffMs(base: number, attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(base * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000);
  return Math.round(exponential * (0.5 + random() * 0.5));
}

/** A failure that retrying cannot fix (subscription gone or disabled, mail row missing). */
class PermanentFailure extends Error {}

type Row = typeof outboxMessages.$inferSelect;

/**
 * Claims due rows in one short transaction. A row is due when it is pending, its time has come, and no
 * earlier row of the same (channel, subscription, entity) is still pending: one entity's messages leave
 * strictly in order. `SKIP LOCKED` lets dispatchers on several instances claim disjoint rows; the claim
 * (token + lease pushed into next_attempt_at) keeps others off the row while it is being delivered.
 */
async function claim(db: Db, batchSize: number, leaseMs: number): Promise<{ token: string; rows: Row[] }> {
  const token = newId();
  const rows = await db.transaction(async (tx) => {
    const earlier = alias(outboxMessages, 'earlier');
    const due = await tx
      .select({ seq: outboxMessages.seq })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.status, 'pending'),
          lte(outboxMessages.nextAttemptAt, sql`now()`),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(earlier)
              .where(
                and(
                  eq(earlier.channel, outboxMessages.channel),
                  sql`${earlier.subscriptionId} is not distinct from ${outboxMessages.subscriptionId}`,
                  eq(earlier.entityType, outboxMessages.entityType),
                  eq(earlier.entityId, outboxMessages.entityId),
                  sql`${earlier.seq} < ${outboxMessages.seq}`,
                  eq(earlier.status, 'pending'),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(outboxMessages.seq))
      .limit(batchSize)
      .for('update', { of: outboxMessages, skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(outboxMessages)
      .set({
        claimToken: token,
        attempts: sql`${outboxMessages.attempts} + 1`,
        nextAttemptAt: sql`now() + ${leaseMs} * interval '1 millisecond'`,
      })
      .where(
        and(
          inArray(
            outboxMessages.seq,
            due.map((d) => d.seq),
          ),
          eq(outboxMessages.status, 'pending'),
        ),
      )
      .returning();
  });
  rows.sort((a, b) => a.seq - b.seq);
  return { token, rows };
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text().catch(() => '');
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
  return `HTTP ${response.status}`;
}

/** MOSIP's publish convention: `POST <hub>?hub.mode=publish&hub.topic=<TOPIC>` with the event as JSON body. */
export function websubPublishUrl(hubUrl: string, topic: string): string {
  const url = new URL(hubUrl);
  url.searchParams.set('hub.mode', 'publish');
  url.searchParams.set('hub.topic', topic);
  return url.toString();
}

const transports = new Map<string, Transporter>();
/** One pooled-per-URL SMTP transport whose every wait is bounded, so a send never outlives the lease. */
function transportFor(smtpUrl: string, timeoutMs: number): Transporter {
  const key = `${timeoutMs} ${smtpUrl}`;
  let transport = transports.get(key);
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    transports.set(key, transport);
  }
  return transport;
}

interface Outcome {
  result: string;
  mailSent?: string;
}

async function deliver(deps: DispatcherDeps, row: Row, timeoutMs: number): Promise<Outcome> {
  if (row.channel === 'websub') {
    const hub = deps.config.WEBSUB_HUB_URL;
    if (!hub) throw new PermanentFailure('WEBSUB_HUB_URL is not configured');
    const result = await post(websubPublishUrl(hub, row.topic), JSON.stringify(row.payload), {}, timeoutMs);
    return { result };
  }
  if (row.channel === 'webhook') {
    if (!row.subscriptionId) throw new PermanentFailure('webhook row without subscription');
    const [subscription] = await deps.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, row.subscriptionId));
    if (!subscription) throw new PermanentFailure('subscription deleted');
    if (!subscription.active) throw new PermanentFailure('subscription inactive');
    const secret = decryptSecret(
      deps.masterKey,
      subscription.secretEncrypted,
      webhookSecretContext(subscription.id),
    );
    const body = JSON.stringify(row.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const result = await post(
      subscription.url,
      body,
      {
        'x-pms-event': row.topic,
        'x-pms-delivery': row.id,
        'x-pms-timestamp': timestamp,
        'x-pms-signature': webhookSignature(secret, timestamp, body),
      },
      timeoutMs,
    );
    return { result };
  }
  if (row.channel === 'mail') {
    const smtpUrl = deps.config.SMTP_URL;
    if (!smtpUrl) return { result: 'kept in mailbox' };
    const [mail] = await deps.db.select().from(mails).where(eq(mails.id, row.entityId));
    if (!mail) throw new PermanentFailure('mail deleted');
    const info = await transportFor(smtpUrl, timeoutMs).sendMail({
      from: deps.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return { result: `SMTP ${String(info.response ?? 'sent').slice(0, 200)}`, mailSent: mail.id };
  }
  throw new PermanentFailure(`unknown channel ${row.channel}`);
}

type Settled = { row: Row; ok: Outcome } | { row: Row; error: unknown };

/**
 * Records the outcomes of one round in one transaction (one commit per round, not per row). Each update
 * only touches rows still claimed with our token: if our lease ran out and another dispatcher took a row
 * over, its outcome wins.
 */
async function settle(deps: DispatcherDeps, token: string, settled: Settled[]): Promise<DispatchResult> {
  const result: DispatchResult = { claimed: settled.length, delivered: 0, retried: 0, dead: 0 };
  const byResult = new Map<string, number[]>();
  const sentMails: string[] = [];
  const failures: { row: Row; message: string; dead: boolean }[] = [];
  for (const s of settled) {
    if ('ok' in s) {
      byResult.set(s.ok.result, [...(byResult.get(s.ok.result) ?? []), s.row.seq]);
      if (s.ok.mailSent) sentMails.push(s.ok.mailSent);
      result.delivered += 1;
    } else {
      const message = errorText(s.error).slice(0, 1000);
      const dead = s.error instanceof PermanentFailure || s.row.attempts >= deps.config.OUTBOX_MAX_ATTEMPTS;
      failures.push({ row: s.row, message, dead });
      result[dead ? 'dead' : 'retried'] += 1;
    }
  }
  if (!settled.length) return result;
  await deps.db.transaction(async (tx) => {
    for (const [text, seqs] of byResult) {
      await tx
        .update(outboxMessages)
        .set({
          status: 'delivered',
          deliveredAt: sql`now()`,
          result: text,
          lastError: null,
          claimToken: null,
        })
        .where(and(inArray(outboxMessages.seq, seqs), eq(outboxMessages.claimToken, token)));
    }
    if (sentMails.length) {
      await tx.update(mails).set({ sentAt: sql`now()` }).where(inArray(mails.id, sentMails));
    }
    for (const { row, message, dead } of failures) {
      const delay = backoffMs(deps.config.OUTBOX_BACKOFF_BASE_MS, row.attempts);
      await tx
        .update(outboxMessages)
        .set(
          dead
            ? { status: 'dead', lastError: message, claimToken: null }
            : {
                lastError: message,
                claimToken: null,
                nextAttemptAt: sql`now() + ${delay} * interval '1 millisecond'`,
              },
        )
        .where(and(eq(outboxMessages.seq, row.seq), eq(outboxMessages.claimToken, token)));
    }
  });
  for (const { row, message, dead } of failures) {
    deps.log?.warn(
      { outboxId: row.id, channel: row.channel, attempts: row.attempts, error: message, dead },
      'outbox delivery failed',
    );
  }
  return result;
}

/**
 * One dispatcher round: claim due rows, deliver each (rows of one entity never share a round, so order
 * holds), and record the outcomes. Safe to run in parallel on many instances. Tests call it directly.
 */
export async function dispatchOnce(
  deps: DispatcherDeps,
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = Math.max(options.leaseMs ?? 120_000, timeoutMs * 2);
  const { token, rows } = await claim(deps.db, options.batchSize ?? 20, leaseMs);
  const settled = await Promise.all(
    rows.map((row) =>
      deliver(deps, row, timeoutMs).then(
        (ok): Settled => ({ row, ok }),
        (error: unknown): Settled => ({ row, error }),
      ),
    ),
  );
  return settle(deps, token, settled);
}
/** The background job: drains what is due, a bounded number of rounds per tick. */
registerJob({
  name: 'outbox-dispatcher',
  intervalMs: (config) => config.OUTBOX_POLL_MS,
  tick: async (deps) => {
    for (let round = 0; round < 20; round++) {
      const { claimed } = await dispatchOnce(deps);
      if (claimed === 0) break;
    }
  },
});
