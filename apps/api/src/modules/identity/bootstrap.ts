import { count } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { newId, randomSecret } from '../../lib/ids.ts';
import { users } from './identity.table.ts';
import { hashPassword } from './password.ts';

export interface BootstrapResult {
  created: boolean;
  /** Set only when the password was generated: printed once, never stored in clear. */
  generatedPassword?: string;
}

/**
 * On an empty database, creates `admin` with PARTNER_ADMIN and POLICYMANAGER, using the given password or
 * a random one that the caller prints once. Does nothing when any user exists.
 */
export async function ensureAdminUser(db: Db, password: string | undefined): Promise<BootstrapResult> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return { created: false };
  const chosen = password ?? `${randomSecret(12)}-${randomSecret(6)}`;
  await db.insert(users).values({
    id: newId(),
    kind: 'user',
    username: 'admin',
    email: 'admin@pms.local',
    firstName: 'PMS',
    lastName: 'Administrator',
    roles: ['PARTNER_ADMIN', 'POLICYMANAGER'],
    passwordHash: await hashPassword(chosen),
    emailVerifiedAt: new Date(),
    createdBy: 'system',
  });
  return password ? { created: true } : { created: true, generatedPassword: chosen };
}
