import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { loginFailures, users } from './identity.table.ts';

export async function findUserByUsername(db: Db, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return row;
}

export async function findUserById(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return row;
}

export async function countRecentAddressFailures(db: Db, address: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.address, address), gt(loginFailures.occurredAt, since)));
  return row?.n ?? 0;
}

export async function recordLoginFailure(db: Db, address: string, username: string): Promise<void> {
  await db.insert(loginFailures).values({ id: newId(), address, username: username.slice(0, 128) });
}

/** Counts a failed password for a known user, locking the account once the limit is reached. */
export async function registerUserFailure(
  db: Db,
  userId: string,
  maxFailures: number,
  lockoutSeconds: number,
): Promise<{ locked: boolean }> {
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures}
        then now() + make_interval(secs => ${lockoutSeconds}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins });
  return { locked: (row?.failedLogins ?? 0) >= maxFailures };
}

export async function registerUserSuccess(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, userId));
}
