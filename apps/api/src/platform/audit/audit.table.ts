import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only record of every state change: who, what, which entity, before/after, from where. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorRoles: text('actor_roles').array().notNull().default([]),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    requestId: text('request_id'),
    address: text('address'),
  },
  (t) => [
    index('audit_events__occurred_at_idx').on(t.occurredAt),
    index('audit_events__entity_idx').on(t.entityType, t.entityId),
    index('audit_events__actor_idx').on(t.actorName),
    // The admin list filters by "username contains" (ILIKE '%x%').
    index('audit_events__actor_trgm_idx').using('gin', sql`${t.actorName} gin_trgm_ops`),
    index('audit_events__action_idx').on(t.action),
  ],
);
