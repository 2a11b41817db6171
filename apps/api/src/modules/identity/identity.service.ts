import type { CurrentUser, Role } from '@pms/contracts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthedContext, RequestContext } from '../../platform/http/context.ts';
import {
  countRecentAddressFailures,
  findUserByUsername,
  recordLoginFailure,
  registerUserFailure,
  registerUserSuccess,
} from './identity.repo.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import {
  createSession,
  type IssuedSession,
  revokeSession,
  type SessionRow,
  type UserRow,
} from './session.service.ts';

export interface LoginMeta {
  address: string;
  userAgent?: string;
}

function lockoutMinutes(deps: AppDeps): number {
  return Math.ceil(deps.config.LOGIN_LOCKOUT_S / 60);
}

/**
 * Signs a person in with username and password. Throttled per address and per account; the same answer
 * for an unknown user and a wrong password, with the same work done (a decoy hash is verified).
 * @throws PMS_ATH_003 address throttled, PMS_ATH_002 account locked, PMS_ATH_001 wrong credentials,
 *   PMS_ATH_009 disabled, PMS_ATH_010 e-mail not verified.
 */
export async function loginWithPassword(
  deps: AppDeps,
  userName: string,
  password: string,
  meta: LoginMeta,
): Promise<IssuedSession> {
  const { db, config } = deps;
  const minutes = lockoutMinutes(deps);
  const since = new Date(Date.now() - config.LOGIN_LOCKOUT_S * 1000);
  if ((await countRecentAddressFailures(db, meta.address, since)) >= config.LOGIN_MAX_FAILURES_PER_ADDRESS) {
    throw new AppError('PMS_ATH_003', { minutes });
  }
  const user = await findUserByUsername(db, userName);
  if (user?.kind !== 'user') {
    await verifyPassword(await decoyPasswordHash(), password);
    await recordLoginFailure(db, meta.address, userName);
    throw new AppError('PMS_ATH_001');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) throw new AppError('PMS_ATH_002', { minutes });
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordLoginFailure(db, meta.address, userName);
    const { locked } = await registerUserFailure(
      db,
      user.id,
      config.LOGIN_MAX_FAILURES_PER_USER,
      config.LOGIN_LOCKOUT_S,
    );
    throw locked ? new AppError('PMS_ATH_002', { minutes }) : new AppError('PMS_ATH_001');
  }
  if (!user.enabled) throw new AppError('PMS_ATH_009');
  if (!user.emailVerifiedAt) throw new AppError('PMS_ATH_010');
  await registerUserSuccess(db, user.id);
  return createSession(db, config, user.id, meta);
}

/**
 * Signs a service account in with its client id and secret key.
 * @throws PMS_ATH_003 address throttled, PMS_ATH_008 wrong credentials, PMS_ATH_009 disabled.
 */
export async function loginWithClientSecret(
  deps: AppDeps,
  clientId: string,
  secretKey: string,
  meta: LoginMeta,
): Promise<IssuedSession> {
  const { db, config } = deps;
  const since = new Date(Date.now() - config.LOGIN_LOCKOUT_S * 1000);
  if ((await countRecentAddressFailures(db, meta.address, since)) >= config.LOGIN_MAX_FAILURES_PER_ADDRESS) {
    throw new AppError('PMS_ATH_003', { minutes: lockoutMinutes(deps) });
  }
  const account = await findUserByUsername(db, clientId);
  const valid = account?.kind === 'service' && (await verifyPassword(account.secretHash, secretKey));
  if (!account || !valid) {
    if (!account) await verifyPassword(await decoyPasswordHash(), secretKey);
    await recordLoginFailure(db, meta.address, clientId);
    throw new AppError('PMS_ATH_008');
  }
  if (!account.enabled) throw new AppError('PMS_ATH_009');
  await registerUserSuccess(db, account.id);
  return createSession(db, config, account.id, meta);
}

export async function logout(deps: AppDeps, ctx: AuthedContext): Promise<void> {
  await revokeSession(deps.db, ctx.actor.sessionId);
}

/** The caller as MOSIP's validateToken describes it (MosipUserDto), plus session deadlines. */
export function currentUser(resolved: { session: SessionRow; user: UserRow } | undefined): CurrentUser {
  if (!resolved) throw new AppError('KER-ATH-401');
  const { user, session } = resolved;
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.username;
  return {
    userId: user.username,
    name,
    mail: user.email ?? '',
    mobile: user.phone,
    role: user.roles.join(','),
    roles: user.roles as Role[],
    langCode: (['eng', 'fra', 'ara'].includes(user.locale) ? user.locale : 'eng') as CurrentUser['langCode'],
    organizationName: user.organisation,
    kind: user.kind === 'service' ? 'service' : 'user',
    sessionExpiresAt: session.absoluteExpiresAt.toISOString(),
    idleExpiresAt: session.idleExpiresAt.toISOString(),
  };
}

export type { RequestContext };
