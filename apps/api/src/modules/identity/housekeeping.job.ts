import { and, isNotNull, lt, or } from 'drizzle-orm';
import { registerJob } from '../../platform/jobs.ts';
import { loginFailures, sessions, throttleEvents, userTokens } from './identity.table.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what only mattered for a while: throttling rows older than a day, sessions that ended a week
 * ago, mailed tokens used or expired a week ago. Plain idempotent deletes, so instances may overlap.
 */
export const identityHousekeepingJob = {
  name: 'identity-housekeeping',
  intervalMs: () => 60 * 60 * 1000,
  tick: async ({ db }: { db: import('../../db/client.ts').Db }) => {
    const dayAgo = new Date(Date.now() - DAY_MS);
    const weekAgo = new Date(Date.now() - 7 * DAY_MS);
    await db.delete(loginFailures).where(lt(loginFailures.occurredAt, dayAgo));
    await db.delete(throttleEvents).where(lt(throttleEvents.occurredAt, dayAgo));
    await db
      .delete(sessions)
      .where(
        or(
          lt(sessions.absoluteExpiresAt, weekAgo),
          lt(sessions.idleExpiresAt, weekAgo),
          and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, weekAgo)),
        ),
      );
    await db.delete(userTokens).where(lt(userTokens.expiresAt, weekAgo));
  },
};

registerJob(identityHousekeepingJob);
