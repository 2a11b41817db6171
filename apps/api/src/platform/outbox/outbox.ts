import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { mails, outboxMessages, webhookSubscriptions } from './outbox.table.ts';

/** A domain event as MOSIP publishes it on WebSub (topic = event name). */
export interface DomainEvent {
  /** MOSIP topic: `PARTNER_UPDATED`, `POLICY_UPDATED`, `APIKEY_APPROVED`, `CA_CERTIFICATE_UPLOADED`, ... */
  topic: string;
  entityType: string;
  entityId: string;
  /** The event's `data` (MOSIP keys, e.g. `{ policyData: {...} }`). */
  data: Record<string, unknown>;
}

export interface OutboxSettings {
  /** Whether a WebSub hub is configured (else no `websub` rows are written). */
  websubEnabled: boolean;
  publisher: string;
}

/** MOSIP's WebSub payload: `{ publisher, topic, publishedOn, event: { id, type, timestamp, data } }`. */
export function websubPayload(settings: OutboxSettings, event: DomainEvent, eventId: string, at: Date) {
  return {
    publisher: settings.publisher,
    topic: event.topic,
    publishedOn: at.toISOString(),
    event: {
      id: eventId,
      type: { name: event.topic, namespace: 'mosip.pms' },
      timestamp: at.toISOString(),
      data: event.data,
    },
  };
}

/**
 * Queues an event for every destination in the caller's transaction: the WebSub hub (when configured) and
 * each active webhook subscription to the topic. Nothing leaves until the transaction commits.
 */
export async function publishEvent(tx: Db, settings: OutboxSettings, event: DomainEvent): Promise<void> {
  const eventId = newId();
  const payload = websubPayload(settings, event, eventId, new Date());
  const base = { topic: event.topic, entityType: event.entityType, entityId: event.entityId, payload };
  const rows: (typeof outboxMessages.$inferInsert)[] = [];
  if (settings.websubEnabled) rows.push({ ...base, id: newId(), channel: 'websub' });
  const subscriptions = await tx
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(
      and(eq(webhookSubscriptions.active, true), sql`${event.topic} = any(${webhookSubscriptions.topics})`),
    );
  for (const s of subscriptions)
    rows.push({ ...base, id: newId(), channel: 'webhook', subscriptionId: s.id });
  if (rows.length) await tx.insert(outboxMessages).values(rows);
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  lang: string;
  /** What it is about, e.g. `password_reset`. */
  template: string;
}

/** Stores a mail (readable in the admin mailbox) and queues its SMTP delivery in the caller's transaction. */
export async function queueMail(tx: Db, mail: MailMessage): Promise<string> {
  const id = newId();
  await tx.insert(mails).values({ id, ...mail });
  await tx.insert(outboxMessages).values({
    id: newId(),
    channel: 'mail',
    topic: 'MAIL',
    entityType: 'mail',
    entityId: id,
    payload: { mailId: id },
  });
  return id;
}
