import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { outboxMessages } from './outbox.table.ts';
import { outboxRetentionJob } from './retention.job.ts';

describe('outbox retention', () => {
  const t = useTestApp({ OUTBOX_RETENTION_DAYS: 30 });

  it('deletes only delivered rows older than the retention window', async () => {
    const { db, config } = t.current;
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    const row = (status: string, createdAt: Date) => ({
      id: newId(),
      channel: 'mail',
      topic: 'MAIL',
      entityType: 'mail',
      entityId: newId(),
      payload: {},
      status,
      createdAt,
    });
    await db
      .insert(outboxMessages)
      .values([row('delivered', old), row('dead', old), row('delivered', new Date()), row('pending', old)]);
    await outboxRetentionJob.tick({ db, config });
    const left = await db.select({ status: outboxMessages.status }).from(outboxMessages);
    expect(left.map((r) => r.status).sort()).toEqual(['dead', 'delivered', 'pending']);
  });
});
