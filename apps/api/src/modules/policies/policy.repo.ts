import {
  type PolicyGroupListQuery,
  type PolicyListQuery,
  type policyGroupSortFields,
  type policySortFields,
  policyTypes,
} from '@pms/contracts';
import { type AnyColumn, and, asc, count, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';
import { partnerPolicyRequests, partners } from '../partners/partner.table.ts';
import { policies, policyGroups, policyHistory } from './policy.table.ts';

export type PolicyGroupRow = typeof policyGroups.$inferSelect;
export type PolicyRow = typeof policies.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed uuid (anything else never reaches a uuid column, where it would fail the cast). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

// ---- groups ----------------------------------------------------------------------------------------

/**
 * A group by id; a non-uuid reference matches a seeded group by name (MOSIP's default groups have their
 * name as id, and other MOSIP systems use those ids). `lock` takes a row lock for the transaction.
 */
export async function findGroup(db: Db, ref: string, lock?: 'update' | 'share') {
  const where = isUuid(ref)
    ? eq(policyGroups.id, ref)
    : and(eq(policyGroups.isSeeded, true), eq(policyGroups.name, ref));
  const query = db.select().from(policyGroups).where(where).limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** A group by name, regardless of case (names are unique regardless of case). */
export async function findGroupByName(db: Db, name: string, lock?: 'update' | 'share') {
  const query = db
    .select()
    .from(policyGroups)
    .where(sql`lower(${policyGroups.name}) = lower(${name})`)
    .limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertGroup(db: Db, values: Omit<typeof policyGroups.$inferInsert, 'id'>) {
  const [row] = await db
    .insert(policyGroups)
    .values({ id: newId(), ...values })
    .returning();
  if (!row) throw new Error('insert policy group returned nothing');
  return row;
}

export async function updateGroup(db: Db, id: string, values: Partial<typeof policyGroups.$inferInsert>) {
  const [row] = await db
    .update(policyGroups)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(policyGroups.id, id))
    .returning();
  if (!row) throw new Error('update policy group returned nothing');
  return row;
}

export async function listGroups(db: Db) {
  return db.select().from(policyGroups).orderBy(asc(policyGroups.name), asc(policyGroups.id));
}

export async function listActiveGroups(db: Db) {
  return db
    .select()
    .from(policyGroups)
    .where(eq(policyGroups.isActive, true))
    .orderBy(asc(policyGroups.name), asc(policyGroups.id));
}

/** How many policies of each status a group holds. */
export async function countGroupPolicies(db: Db, groupId: string) {
  const rows = await db
    .select({ status: policies.status, n: count() })
    .from(policies)
    .where(eq(policies.policyGroupId, groupId))
    .groupBy(policies.status);
  const counts = { draft: 0, activated: 0, deactivated: 0 };
  for (const r of rows) if (r.status in counts) counts[r.status as keyof typeof counts] = r.n;
  return counts;
}

type GroupSort = (typeof policyGroupSortFields)[number];

export async function pageGroups(db: Db, query: PolicyGroupListQuery, paging: Paging<GroupSort>) {
  const filters: SQL[] = [];
  if (query.policyGroupId)
    filters.push(ilike(sql`${policyGroups.id}::text`, containsPattern(query.policyGroupId)));
  if (query.policyGroupName) filters.push(ilike(policyGroups.name, containsPattern(query.policyGroupName)));
  if (query.policyGroupDescription)
    filters.push(ilike(policyGroups.description, containsPattern(query.policyGroupDescription)));
  if (query.status) filters.push(eq(policyGroups.isActive, query.status === 'active'));
  const where = filters.length ? and(...filters) : undefined;
  const columns: Record<GroupSort, AnyColumn | SQL> = {
    policyGroupId: policyGroups.id,
    policyGroupName: sql`lower(${policyGroups.name})`,
    policyGroupDescription: sql`lower(${policyGroups.description})`,
    createdDateTime: policyGroups.createdAt,
    // active first when ascending, like the portal's status column
    status: sql`(not ${policyGroups.isActive})`,
  };
  const order = orderByOf(paging, columns, sql`${policyGroups.createdAt} desc`, policyGroups.id);
  const { limit, offset } = limitOffset(paging);
  const [total] = await db.select({ n: count() }).from(policyGroups).where(where);
  const rows = await db
    .select()
    .from(policyGroups)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  return { total: total?.n ?? 0, rows };
}

// ---- policies --------------------------------------------------------------------------------------

/** A policy by id; a non-uuid reference matches a seeded (MOSIP default) policy by name. */
export async function findPolicy(db: Db, ref: string, lock?: 'update' | 'share') {
  const where = isUuid(ref) ? eq(policies.id, ref) : and(eq(policies.isSeeded, true), eq(policies.name, ref));
  const query = db.select().from(policies).where(where).limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** A policy of a group by name, regardless of case; `exceptId` skips the policy being renamed. */
export async function findPolicyByName(db: Db, groupId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: policies.id })
    .from(policies)
    .where(
      and(
        eq(policies.policyGroupId, groupId),
        sql`lower(${policies.name}) = lower(${name})`,
        exceptId ? sql`${policies.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row;
}

export async function insertPolicy(db: Db, values: Omit<typeof policies.$inferInsert, 'id'>) {
  const [row] = await db
    .insert(policies)
    .values({ id: newId(), ...values })
    .returning();
  if (!row) throw new Error('insert policy returned nothing');
  return row;
}

export async function updatePolicy(db: Db, id: string, values: Partial<typeof policies.$inferInsert>) {
  const [row] = await db
    .update(policies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(policies.id, id))
    .returning();
  if (!row) throw new Error('update policy returned nothing');
  return row;
}

/** Appends a history row with a snapshot of the policy after the change. */
export async function insertHistory(
  db: Db,
  policy: PolicyRow,
  action: 'created' | 'updated' | 'published' | 'deactivated',
  fromStatus: string | null,
  changedBy: string,
) {
  await db.insert(policyHistory).values({
    id: newId(),
    policyId: policy.id,
    action,
    fromStatus,
    toStatus: policy.status,
    name: policy.name,
    description: policy.description,
    version: policy.version,
    document: policy.document,
    changedBy,
  });
}

export async function listGroupPolicies(db: Db, groupId: string, status?: PolicyRow['status']) {
  return db
    .select()
    .from(policies)
    .where(and(eq(policies.policyGroupId, groupId), status ? eq(policies.status, status) : undefined))
    .orderBy(asc(policies.name), asc(policies.id));
}

export async function listAllPolicies(db: Db) {
  return db.select().from(policies).orderBy(asc(policies.name), asc(policies.id));
}

/** True when the user owns a partner registered in the group. */
export async function userHasPartnerInGroup(db: Db, userId: string, groupId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.userId, userId), eq(partners.policyGroupId, groupId)))
    .limit(1);
  return !!row;
}

/** Open (InProgress) and approved partner requests on a policy. */
export async function countPolicyRequests(db: Db, policyId: string) {
  const rows = await db
    .select({ status: partnerPolicyRequests.status, n: count() })
    .from(partnerPolicyRequests)
    .where(
      and(
        eq(partnerPolicyRequests.policyId, policyId),
        sql`${partnerPolicyRequests.status} in ('InProgress', 'approved')`,
      ),
    )
    .groupBy(partnerPolicyRequests.status);
  return {
    approved: rows.find((r) => r.status === 'approved')?.n ?? 0,
    pending: rows.find((r) => r.status === 'InProgress')?.n ?? 0,
  };
}

type PolicySort = (typeof policySortFields)[number];

export async function pagePolicies(db: Db, query: PolicyListQuery, paging: Paging<PolicySort>) {
  const filters: SQL[] = [];
  if (query.policyType) {
    // Exact match on the canonical spelling uses the (policy_type, created_at) index.
    const type = policyTypes.find((t) => t.toLowerCase() === query.policyType?.trim().toLowerCase());
    filters.push(eq(policies.policyType, type ?? query.policyType));
  }
  if (query.policyId) filters.push(ilike(sql`${policies.id}::text`, containsPattern(query.policyId)));
  if (query.policyName) filters.push(ilike(policies.name, containsPattern(query.policyName)));
  if (query.policyDescription)
    filters.push(ilike(policies.description, containsPattern(query.policyDescription)));
  if (query.policyGroupName) filters.push(ilike(policyGroups.name, containsPattern(query.policyGroupName)));
  if (query.status) filters.push(eq(policies.status, query.status));
  const where = filters.length ? and(...filters) : undefined;
  const columns: Record<PolicySort, AnyColumn | SQL> = {
    policyId: policies.id,
    policyName: sql`lower(${policies.name})`,
    policyDescription: sql`lower(${policies.description})`,
    policyGroupId: policies.policyGroupId,
    policyGroupName: sql`lower(${policyGroups.name})`,
    policyType: policies.policyType,
    status: policies.status,
    createdDateTime: policies.createdAt,
  };
  const order = orderByOf(paging, columns, sql`${policies.createdAt} desc`, policies.id);
  const { limit, offset } = limitOffset(paging);
  // Every policy has its group (not-null foreign key): the join is needed only to filter on the group name.
  const [total] = query.policyGroupName
    ? await db
        .select({ n: count() })
        .from(policies)
        .innerJoin(policyGroups, eq(policyGroups.id, policies.policyGroupId))
        .where(where)
    : await db.select({ n: count() }).from(policies).where(where);
  const rows = await db
    .select({
      id: policies.id,
      name: policies.name,
      description: policies.description,
      policyType: policies.policyType,
      status: policies.status,
      createdAt: policies.createdAt,
      groupId: policyGroups.id,
      groupName: policyGroups.name,
    })
    .from(policies)
    .innerJoin(policyGroups, eq(policyGroups.id, policies.policyGroupId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  return { total: total?.n ?? 0, rows };
}

/** Status changes and edits of one policy, oldest first. */
export async function listPolicyHistory(db: Db, policyId: string) {
  return db
    .select()
    .from(policyHistory)
    .where(eq(policyHistory.policyId, policyId))
    .orderBy(asc(policyHistory.changedAt), asc(policyHistory.id));
}
