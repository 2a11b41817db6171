import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { identityHousekeepingJob } from './housekeeping.job.ts';
import { loginFailures, sessions } from './identity.table.ts';

describe('identity housekeeping', () => {
  const t = useTestApp();

  it('deletes old throttling rows and long-ended sessions, keeps recent ones', async () => {
    const { db } = t.current;
    const user = await t.current.createUser(['AUTH_PARTNER']);
    const old = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    await db.insert(loginFailures).values([
      { id: newId(), address: '10.0.0.1', occurredAt: old },
      { id: newId(), address: '10.0.0.1' },
    ]);
    await db.insert(sessions).values({
      id: newId(),
      tokenHash: `old-${newId()}`,
      userId: user.id,
      csrfToken: 'x',
      idleExpiresAt: old,
      absoluteExpiresAt: old,
    });
    const before = await db.select().from(sessions);
    await identityHousekeepingJob.tick({ db });
    expect(await db.select().from(loginFailures)).toHaveLength(1);
    const after = await db.select().from(sessions);
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((s) => s.tokenHash.startsWith('old-'))).toBe(false);
  });
});
