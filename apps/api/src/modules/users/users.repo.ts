import type { UserSortField } from '@pms/contracts';
import { and, count, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containsPattern, limitOffset, orderByOf, type Paging } from '../../platform/http/paging.ts';
import { users } from '../identity/identity.table.ts';

export type UserRow = typeof users.$inferSelect;

export async function findAccount(db: Db, id: string, lock = false): Promise<UserRow | undefined> {
  const query = db.select().from(users).where(eq(users.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export interface UserFilter {
  userName?: string;
  email?: string;
  firstName?: string;
  role?: string;
  organizationName?: string;
  status?: 'enabled' | 'disabled';
  kind?: 'user' | 'service';
}

function whereOf(filter: UserFilter): SQL | undefined {
  return and(
    filter.userName ? ilike(users.username, containsPattern(filter.userName)) : undefined,
    filter.email ? ilike(users.email, containsPattern(filter.email)) : undefined,
    filter.firstName ? ilike(users.firstName, containsPattern(filter.firstName)) : undefined,
    filter.organizationName ? ilike(users.organisation, containsPattern(filter.organizationName)) : undefined,
    filter.role ? sql`${filter.role} = any(${users.roles})` : undefined,
    filter.status ? eq(users.enabled, filter.status === 'enabled') : undefined,
    filter.kind ? eq(users.kind, filter.kind) : undefined,
  );
}

const sortColumns = {
  userName: users.username,
  emailID: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  organizationName: users.organisation,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  lastLoginAt: users.lastLoginAt,
} satisfies Record<UserSortField, unknown>;

/** One page of accounts (people and service accounts), filtered and sorted in SQL. */
export async function listAccounts(
  db: Db,
  filter: UserFilter,
  paging: Paging<UserSortField>,
): Promise<{ total: number; rows: UserRow[] }> {
  const where = whereOf(filter);
  const [totals] = await db.select({ total: count() }).from(users).where(where);
  const { limit, offset } = limitOffset(paging);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(...orderByOf(paging, sortColumns, desc(users.createdAt), users.id))
    .limit(limit)
    .offset(offset);
  return { total: totals?.total ?? 0, rows };
}
