import { and, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';

export type AuditRow = typeof auditEvents.$inferSelect;
export type AuditSortField = 'occurredAt' | 'action' | 'actorName' | 'entityType';

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  return and(
    filter.actor ? ilike(auditEvents.actorName, containsPattern(filter.actor)) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.to ? lte(auditEvents.occurredAt, filter.to) : undefined,
  );
}

const sortColumns = {
  occurredAt: auditEvents.occurredAt,
  action: auditEvents.action,
  actorName: auditEvents.actorName,
  entityType: auditEvents.entityType,
};

export async function listAuditEvents(
  db: Db,
  filter: AuditFilter,
  paging: Paging<AuditSortField>,
): Promise<{ total: number; rows: AuditRow[] }> {
  const where = whereOf(filter);
  const [totals] = await db.select({ total: count() }).from(auditEvents).where(where);
  const { limit, offset } = limitOffset(paging);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(...orderByOf(paging, sortColumns, desc(auditEvents.occurredAt), auditEvents.id))
    .limit(limit)
    .offset(offset);
  return { total: totals?.total ?? 0, rows };
}

export async function findAuditEvent(db: Db, id: string): Promise<AuditRow | undefined> {
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.id, id));
  return row;
}
