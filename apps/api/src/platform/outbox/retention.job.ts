import { and, eq, lt } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { registerJob } from '../jobs.ts';
import { outboxMessages } from './outbox.table.ts';

/**
 * Deletes delivered outbox rows older than OUTBOX_RETENTION_DAYS. Dead rows stay until an admin retries
 * them (they are the failures admins must see). Idempotent deletes, so instances may overlap.
 */
export const outboxRetentionJob = {
  name: 'outbox-retention',
  intervalMs: () => 60 * 60 * 1000,
  tick: async ({ db, config }: { db: Db; config: Config }) => {
    const cutoff = new Date(Date.now() - config.OUTBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000);
    await db
      .delete(outboxMessages)
      .where(and(eq(outboxMessages.status, 'delivered'), lt(outboxMessages.createdAt, cutoff)));
  },
};

registerJob(outboxRetentionJob);
