import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Messages that leave the service (WebSub events, webhook calls, e-mails), written in the same transaction
 * as the change that causes them. One row per destination; the dispatcher delivers rows of one
 * (destination, entity) strictly in `seq` order.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique('outbox_messages__id_key'),
    /** `websub`, `webhook`, or `mail`. */
    channel: text('channel').notNull(),
    /** Webhook subscription id for `webhook`, else null. */
    subscriptionId: uuid('subscription_id'),
    topic: text('topic').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    payload: jsonb('payload').notNull(),
    /** `pending`, `delivered`, `dead` (gave up after the attempt limit). */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** What the receiver answered on success (`HTTP 202`, `kept in mailbox`, SMTP reply). */
    result: text('result'),
    /** Set when a dispatcher claims the row; its outcome is written only while it still holds the claim. */
    claimToken: uuid('claim_token'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('outbox_messages__due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    // The ordering check ("no earlier pending row of this entity") looks rows up by entity among pending ones.
    index('outbox_messages__pending_entity_idx')
      .on(t.entityType, t.entityId, t.seq)
      .where(sql`${t.status} = 'pending'`),
    index('outbox_messages__subscription_idx').on(t.subscriptionId, t.seq),
    index('outbox_messages__status_idx').on(t.status, t.seq),
  ],
);

/** E-mails: kept for the local mailbox whether or not SMTP is configured. */
export const mails = pgTable(
  'mails',
  {
    id: uuid('id').primaryKey(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    lang: text('lang').notNull().default('eng'),
    /** What the mail is about (`password_reset`, `partner_registered`, ...), for filtering the mailbox. */
    template: text('template').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('mails__to_idx').on(t.to),
    index('mails__to_trgm_idx').using('gin', sql`${t.to} gin_trgm_ops`),
    index('mails__created_at_idx').on(t.createdAt),
    index('mails__template_idx').on(t.template),
  ],
);

/** Webhook subscriptions registered by admins: topics to receive, HMAC secret (encrypted at rest). */
export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  topics: text('topics').array().notNull(),
  /** HMAC-SHA256 secret, encrypted with the master key; shown to the admin once at creation. */
  secretEncrypted: text('secret_encrypted').notNull(),
  active: boolean('active').notNull().default(true),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
