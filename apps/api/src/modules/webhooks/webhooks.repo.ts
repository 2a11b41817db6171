import { and, count, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';
import { outboxMessages, webhookSubscriptions } from '../../platform/outbox/outbox.table.ts';

export type WebhookRow = typeof webhookSubscriptions.$inferSelect;
export type OutboxRow = typeof outboxMessages.$inferSelect;

export async function insertWebhook(
  db: Db,
  row: typeof webhookSubscriptions.$inferInsert,
): Promise<WebhookRow> {
  const [created] = await db.insert(webhookSubscriptions).values(row).returning();
  if (!created) throw new Error('insert returned nothing');
  return created;
}

export async function findWebhook(db: Db, id: string, lock = false): Promise<WebhookRow | undefined> {
  const query = db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateWebhookRow(
  db: Db,
  id: string,
  values: Partial<typeof webhookSubscriptions.$inferInsert>,
): Promise<WebhookRow | undefined> {
  const [row] = await db
    .update(webhookSubscriptions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(webhookSubscriptions.id, id))
    .returning();
  return row;
}

export async function deleteWebhookRow(db: Db, id: string): Promise<void> {
  await db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
}

export type WebhookSortField = 'name' | 'createdAt' | 'updatedAt';

export async function listWebhookRows(
  db: Db,
  filter: { name?: string; active?: boolean },
  paging: Paging<WebhookSortField>,
): Promise<{ total: number; rows: WebhookRow[] }> {
  const where = and(
    filter.name ? ilike(webhookSubscriptions.name, containsPattern(filter.name)) : undefined,
    filter.active === undefined ? undefined : eq(webhookSubscriptions.active, filter.active),
  );
  const [totals] = await db.select({ total: count() }).from(webhookSubscriptions).where(where);
  const { limit, offset } = limitOffset(paging);
  const columns = {
    name: webhookSubscriptions.name,
    createdAt: webhookSubscriptions.createdAt,
    updatedAt: webhookSubscriptions.updatedAt,
  };
  const rows = await db
    .select()
    .from(webhookSubscriptions)
    .where(where)
    .orderBy(...orderByOf(paging, columns, desc(webhookSubscriptions.createdAt), webhookSubscriptions.id))
    .limit(limit)
    .offset(offset);
  return { total: totals?.total ?? 0, rows };
}

/** Pending deliveries of a removed subscription give up at once (there is nowhere to send them). */
export async function abandonPendingDeliveries(
  db: Db,
  subscriptionId: string,
  reason: string,
): Promise<number> {
  const rows = await db
    .update(outboxMessages)
    .set({ status: 'dead', lastError: reason, claimToken: null })
    .where(and(eq(outboxMessages.subscriptionId, subscriptionId), eq(outboxMessages.status, 'pending')))
    .returning({ seq: outboxMessages.seq });
  return rows.length;
}

export type OutboxSortField = 'createdAt' | 'seq' | 'status' | 'attempts' | 'nextAttemptAt';

export interface OutboxFilter {
  subscriptionId?: string;
  status?: string;
  channel?: string;
  topic?: string;
}

export async function listOutboxRows(
  db: Db,
  filter: OutboxFilter,
  paging: Paging<OutboxSortField>,
): Promise<{ total: number; rows: OutboxRow[] }> {
  const where: SQL | undefined = and(
    filter.subscriptionId ? eq(outboxMessages.subscriptionId, filter.subscriptionId) : undefined,
    filter.status ? eq(outboxMessages.status, filter.status) : undefined,
    filter.channel ? eq(outboxMessages.channel, filter.channel) : undefined,
    filter.topic ? eq(outboxMessages.topic, filter.topic) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(outboxMessages).where(where);
  const { limit, offset } = limitOffset(paging);
  const columns = {
    createdAt: outboxMessages.createdAt,
    seq: outboxMessages.seq,
    status: outboxMessages.status,
    attempts: outboxMessages.attempts,
    nextAttemptAt: outboxMessages.nextAttemptAt,
  };
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(where)
    .orderBy(...orderByOf(paging, columns, desc(outboxMessages.seq), outboxMessages.seq))
    .limit(limit)
    .offset(offset);
  return { total: totals?.total ?? 0, rows };
}

export async function findOutboxRow(db: Db, id: string, lock = false): Promise<OutboxRow | undefined> {
  const query = db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Puts a dead row back in the queue: due now, attempts counted afresh. */
export async function requeueOutboxRow(db: Db, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(outboxMessages)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, claimToken: null })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'dead')))
    .returning();
  return row;
}
