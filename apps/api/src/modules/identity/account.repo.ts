import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { throttleEvents, users, userTokens } from './identity.table.ts';

export type UserTokenPurpose = 'password_reset' | 'email_verification';
export type UserInsert = typeof users.$inferInsert;
export type UserUpdate = Partial<Omit<UserInsert, 'id' | 'createdAt'>>;

export async function insertUser(db: Db, values: UserInsert) {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}

/** Updates a user and bumps `updated_at`; returns the new row (undefined when the id is unknown). */
export async function updateUser(db: Db, id: string, values: UserUpdate) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return !!row;
}

export async function emailTaken(db: Db, email: string, exceptUserId?: string): Promise<boolean> {
  const conditions = [sql`lower(${users.email}) = lower(${email})`];
  if (exceptUserId) conditions.push(sql`${users.id} <> ${exceptUserId}`);
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(...conditions))
    .limit(1);
  return !!row;
}

/** Stores a mailed token (only its SHA-256). */
export async function insertUserToken(
  db: Db,
  values: { userId: string; purpose: UserTokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(userTokens).values({ id: newId(), ...values });
}

/** A live (unused, unexpired) token of a purpose, by its hash. */
export async function findLiveToken(db: Db, tokenHash: string, purpose: UserTokenPurpose, now: Date) {
  const [row] = await db
    .select()
    .from(userTokens)
    .where(
      and(
        eq(userTokens.tokenHash, tokenHash),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Marks a live token used, atomically: of two concurrent uses exactly one gets the row back.
 * Returns the token's user id, or undefined when it was unknown, used or expired.
 */
export async function consumeToken(
  db: Db,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokens.tokenHash, tokenHash),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .returning({ userId: userTokens.userId });
  return row?.userId;
}

/** Voids every unused token of a purpose for a user (a newer link or a password change supersedes them). */
export async function voidUserTokens(db: Db, userId: string, purpose: UserTokenPurpose, now: Date) {
  await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
}

/** How many tokens of a purpose were issued to a user since a moment (mail-bombing guard). */
export async function countTokensSince(
  db: Db,
  userId: string,
  purpose: UserTokenPurpose,
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(userTokens)
    .where(
      and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), gt(userTokens.createdAt, since)),
    );
  return row?.n ?? 0;
}

export async function countThrottleEvents(db: Db, scope: string, key: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(throttleEvents)
    .where(
      and(eq(throttleEvents.scope, scope), eq(throttleEvents.key, key), gt(throttleEvents.occurredAt, since)),
    );
  return row?.n ?? 0;
}

export async function recordThrottleEvent(db: Db, scope: string, key: string): Promise<void> {
  await db.insert(throttleEvents).values({ id: newId(), scope, key: key.slice(0, 128) });
}
