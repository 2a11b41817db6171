import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { newId, randomSecret, sha256Hex } from '../../lib/ids.ts';
import { sessions, users } from './identity.table.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** Last-seen updates are written at most this often per session, not on every request. */
const TOUCH_INTERVAL_MS = 30_000;

export interface IssuedSession {
  token: string;
  csrfToken: string;
  session: SessionRow;
}

/** Creates a session for a user; only the token's SHA-256 is stored. */
export async function createSession(
  db: Db,
  config: Config,
  userId: string,
  meta: { address?: string; userAgent?: string },
): Promise<IssuedSession> {
  const token = randomSecret(32);
  const csrfToken = randomSecret(24);
  const now = Date.now();
  const [session] = await db
    .insert(sessions)
    .values({
      id: newId(),
      tokenHash: sha256Hex(token),
      userId,
      csrfToken,
      idleExpiresAt: new Date(now + config.SESSION_IDLE_TIMEOUT_S * 1000),
      absoluteExpiresAt: new Date(now + config.SESSION_ABSOLUTE_TIMEOUT_S * 1000),
      address: meta.address ?? null,
      userAgent: meta.userAgent?.slice(0, 256) ?? null,
    })
    .returning();
  if (!session) throw new Error('session insert returned nothing');
  return { token, csrfToken, session };
}

/**
 * Resolves a presented token to its live session and enabled user, sliding the idle timeout.
 * Expired, revoked, unknown tokens and disabled users all resolve to undefined.
 */
export async function resolveSession(
  db: Db,
  config: Config,
  token: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  if (!token || token.length > 512) return undefined;
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256Hex(token)), isNull(sessions.revokedAt)))
    .limit(1);
  if (!row) return undefined;
  const now = new Date();
  if (row.session.idleExpiresAt <= now || row.session.absoluteExpiresAt <= now || !row.user.enabled) {
    return undefined;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    const idleExpiresAt = new Date(
      Math.min(now.getTime() + config.SESSION_IDLE_TIMEOUT_S * 1000, row.session.absoluteExpiresAt.getTime()),
    );
    await db.update(sessions).set({ lastSeenAt: now, idleExpiresAt }).where(eq(sessions.id, row.session.id));
    row.session = { ...row.session, lastSeenAt: now, idleExpiresAt };
  }
  return row;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (password change, disable, reset), except optionally the current one. */
export async function revokeUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptSessionId) conditions.push(ne(sessions.id, exceptSessionId));
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(...conditions));
}
