import {
  type ChangePasswordRequest,
  type LanguageCode,
  limits,
  type Profile,
  type ResetPasswordRequest,
  type Role,
  type UpdateProfileRequest,
} from '@pms/contracts';
import { validationIssueText } from '@pms/phrases';
import type { Db } from '../../db/client.ts';
import { newId, sha256Hex } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, assertThat } from '../../platform/errors/app-error.ts';
import { mapDatabaseError } from '../../platform/errors/db-errors.ts';
import type { AuthedContext, RequestContext } from '../../platform/http/context.ts';
import { presentProfile, userAuditView } from './account.presenter.ts';
import {
  consumeToken,
  countThrottleEvents,
  countTokensSince,
  emailTaken,
  findLiveToken,
  insertUser,
  recordThrottleEvent,
  updateUser,
  usernameTaken,
  voidUserTokens,
} from './account.repo.ts';
import { mailLinkToken } from './account-mails.ts';
import { findUserByEmail, findUserById, findUserByUsername, registerUserFailure } from './identity.repo.ts';
import { hashPassword, isStrongPassword, verifyPassword } from './password.ts';
import { revokeUserSessions, type UserRow } from './session.service.ts';

/** Forgot-password requests allowed per client address in one window (LOGIN_LOCKOUT_S). */
export const FORGOT_MAX_PER_ADDRESS = 5;
/** Reset mails sent to one account per hour at most, whoever asks (no mail-bombing a user). */
export const RESET_MAILS_PER_ACCOUNT_PER_HOUR = 3;
/** How long the set-password link of an account created by an admin works. */
export const ACCOUNT_SETUP_TTL_S = 48 * 60 * 60;

const weakPassword = (field: string) => new AppError('PMS_ATH_005', { min: limits.passwordMin }, field);

// ---------------------------------------------------------------------------------------------------------
// Account creation (admin user management and partner self sign-up)

export interface NewUserAccount {
  username: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  organisation?: string | null;
  roles: Role[];
  locale?: LanguageCode;
  /** Absent: the account has no password until the user sets one through a mailed link. */
  password?: string;
  /** Admin-created accounts are verified; self sign-ups verify through `issueEmailVerification`. */
  emailVerified: boolean;
  enabled?: boolean;
  /** Field names used in the errors (defaults: MOSIP's userName, emailID, userPassword). */
  fields?: { username?: string; email?: string; password?: string };
}

/**
 * Inserts the user; a unique violation from a concurrent insert of the same username or e-mail (which the
 * checks before could not see) answers the same code as the check, with the caller's field names.
 */
async function insertUniqueUser(
  tx: Db,
  fields: { username: string; email: string },
  input: { username: string; email: string },
  values: Parameters<typeof insertUser>[1],
): Promise<UserRow> {
  try {
    return await insertUser(tx, values);
  } catch (error) {
    const code = mapDatabaseError(error)?.code;
    if (code === 'PMS_USR_001') throw new AppError(code, { userName: input.username }, fields.username);
    if (code === 'PMS_USR_002') throw new AppError(code, { email: input.email }, fields.email);
    throw error;
  }
}

/**
 * Creates a user inside the caller's transaction, with its `user.create` audit event: username and e-mail
 * unique (case-insensitive), password checked against the strength rule and stored as argon2id.
 * Partner self sign-up calls this and creates the partner in the same transaction.
 * @throws PMS_USR_001 username taken, PMS_USR_002 e-mail taken, PMS_ATH_005 weak password.
 */
export async function createUserAccount(
  tx: Db,
  _deps: AppDeps,
  ctx: RequestContext,
  input: NewUserAccount,
): Promise<UserRow> {
  const fields = { username: 'userName', email: 'emailID', password: 'userPassword', ...input.fields };
  const problems: AppError[] = [];
  if (await usernameTaken(tx, input.username)) {
    problems.push(new AppError('PMS_USR_001', { userName: input.username }, fields.username));
  }
  if (await emailTaken(tx, input.email)) {
    problems.push(new AppError('PMS_USR_002', { email: input.email }, fields.email));
  }
  if (input.password !== undefined && !isStrongPassword(input.password, input.username)) {
    problems.push(weakPassword(fields.password));
  }
  if (problems.length) throw AppError.many(problems.flatMap((p) => p.problems));
  const user = await insertUniqueUser(tx, fields, input, {
    id: newId(),
    kind: 'user',
    username: input.username,
    email: input.email,
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    phone: input.phone ?? null,
    organisation: input.organisation ?? null,
    roles: input.roles,
    locale: input.locale ?? 'eng',
    passwordHash: input.password === undefined ? null : await hashPassword(input.password),
    enabled: input.enabled ?? true,
    emailVerifiedAt: input.emailVerified ? new Date() : null,
    createdBy: ctx.actor?.username ?? input.username,
  });
  await recordAudit(tx, ctx, {
    action: 'user.create',
    entityType: 'user',
    entityId: user.id,
    after: { ...userAuditView(user), passwordSet: input.password !== undefined },
  });
  return user;
}

// ---------------------------------------------------------------------------------------------------------
// Password links

/**
 * Mails a single-use password link to a user in `tx` (voiding older ones): `password_reset` (forgot
 * password, admin reset; TTL PASSWORD_RESET_TTL_S) or `account_setup` (new account without password; 48 h).
 * The link is `${baseUrl}/reset-password?token=…`.
 * @throws PMS_USR_008 the account is a service account or has no e-mail address.
 */
export async function mailPasswordLink(
  tx: Db,
  deps: AppDeps,
  user: UserRow,
  baseUrl: string,
  template: 'password_reset' | 'account_setup' = 'password_reset',
): Promise<string> {
  const email = user.email;
  if (user.kind !== 'user' || !email) throw new AppError('PMS_USR_008');
  return mailLinkToken(
    tx,
    { ...user, email },
    {
      purpose: 'password_reset',
      template,
      ttlSeconds: template === 'account_setup' ? ACCOUNT_SETUP_TTL_S : deps.config.PASSWORD_RESET_TTL_S,
      baseUrl,
      path: '/reset-password',
    },
  );
}

async function findForReset(db: Db, input: { userName?: string; email?: string }) {
  if (input.email) return findUserByEmail(db, input.email);
  if (!input.userName) return undefined;
  return (
    (await findUserByUsername(db, input.userName)) ??
    (input.userName.includes('@') ? await findUserByEmail(db, input.userName) : undefined)
  );
}

/**
 * Forgot password. Answers the same way whether or not the account exists; for a known, enabled person
 * with an e-mail address it mails a reset link. Throttled per client address in the database (holds
 * across instances) and per account (at most a few mails an hour, silently).
 * @throws PMS_COR_001 neither userName nor email given, PMS_COR_429 too many requests from this address.
 */
export async function requestPasswordReset(
  deps: AppDeps,
  ctx: RequestContext,
  input: { userName?: string; email?: string },
  baseUrl: string,
): Promise<void> {
  const { db, config } = deps;
  if (!input.userName && !input.email) {
    const issue = validationIssueText({ keyword: 'required' }, ctx.lang);
    throw new AppError('PMS_COR_001', { issue, field: 'request.userName' }, 'request.userName');
  }
  const windowStart = new Date(Date.now() - config.LOGIN_LOCKOUT_S * 1000);
  if (
    (await countThrottleEvents(db, 'password_forgot', ctx.address, windowStart)) >= FORGOT_MAX_PER_ADDRESS
  ) {
    throw new AppError('PMS_COR_429', { retryAfter: config.LOGIN_LOCKOUT_S });
  }
  await recordThrottleEvent(db, 'password_forgot', ctx.address);
  const user = await findForReset(db, input);
  if (user?.kind !== 'user' || !user.enabled || !user.email) return;
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  if ((await countTokensSince(db, user.id, 'password_reset', hourAgo)) >= RESET_MAILS_PER_ACCOUNT_PER_HOUR)
    return;
  await db.transaction(async (tx) => {
    await mailPasswordLink(tx, deps, user, baseUrl, 'password_reset');
    await recordAudit(tx, ctx, {
      action: 'user.password_reset_request',
      entityType: 'user',
      entityId: user.id,
      after: { userName: user.username, emailID: user.email },
    });
  });
}

/**
 * Sets a new password with a mailed token: the token is used up, the password stored as argon2id, the
 * lockout cleared, the address marked verified (the link proved it) and every session ended.
 * @throws PMS_ATH_007 token unknown, used or expired (or its account disabled), PMS_ATH_005 weak password.
 */
export async function resetPassword(deps: AppDeps, ctx: RequestContext, input: ResetPasswordRequest) {
  const { db } = deps;
  const tokenHash = sha256Hex(input.token);
  const live = await findLiveToken(db, tokenHash, 'password_reset', new Date());
  const user = live ? await findUserById(db, live.userId) : undefined;
  if (!live || !user?.enabled || user.kind !== 'user') throw new AppError('PMS_ATH_007', {}, 'token');
  if (!isStrongPassword(input.newPassword, user.username)) throw weakPassword('newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const now = new Date();
    const userId = await consumeToken(tx, tokenHash, 'password_reset', now);
    if (userId !== user.id) throw new AppError('PMS_ATH_007', {}, 'token');
    await voidUserTokens(tx, user.id, 'password_reset', now);
    await updateUser(tx, user.id, {
      passwordHash,
      failedLogins: 0,
      lockedUntil: null,
      emailVerifiedAt: user.emailVerifiedAt ?? now,
    });
    await revokeUserSessions(tx, user.id);
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      after: { userName: user.username },
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Self-service

async function signedInUser(deps: AppDeps, ctx: AuthedContext): Promise<UserRow> {
  const user = await findUserById(deps.db, ctx.actor.userId);
  if (!user) throw new AppError('KER-ATH-401');
  return user;
}

export async function getOwnProfile(deps: AppDeps, ctx: AuthedContext): Promise<Profile> {
  return presentProfile(await signedInUser(deps, ctx));
}

/**
 * Changes the caller's password. The current password must be right (wrong guesses count towards the
 * account lockout, like failed sign-ins); the caller's other sessions and open reset links end.
 * @throws PMS_ATH_002 account locked, PMS_ATH_006 wrong current password, PMS_ATH_005 weak new password.
 */
export async function changeOwnPassword(
  deps: AppDeps,
  ctx: AuthedContext,
  input: ChangePasswordRequest,
): Promise<void> {
  const { db, config } = deps;
  const user = await signedInUser(deps, ctx);
  const minutes = Math.ceil(config.LOGIN_LOCKOUT_S / 60);
  if (user.lockedUntil && user.lockedUntil > new Date()) throw new AppError('PMS_ATH_002', { minutes });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const { locked } = await registerUserFailure(
      db,
      user.id,
      config.LOGIN_MAX_FAILURES_PER_USER,
      config.LOGIN_LOCKOUT_S,
    );
    throw locked
      ? new AppError('PMS_ATH_002', { minutes })
      : new AppError('PMS_ATH_006', {}, 'currentPassword');
  }
  assertThat(
    isStrongPassword(input.newPassword, user.username),
    'PMS_ATH_005',
    { min: limits.passwordMin },
    'newPassword',
  );
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, failedLogins: 0, lockedUntil: null });
    await voidUserTokens(tx, user.id, 'password_reset', new Date());
    await revokeUserSessions(tx, user.id, ctx.actor.sessionId);
    await recordAudit(tx, ctx, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      after: { userName: user.username },
    });
  });
}

/** Updates the caller's own name, phone and language (the portal stores the chosen language here). */
export async function updateOwnProfile(
  deps: AppDeps,
  ctx: AuthedContext,
  input: UpdateProfileRequest,
): Promise<Profile> {
  return deps.db.transaction(async (tx) => {
    const before = await findUserById(tx, ctx.actor.userId);
    if (!before) throw new AppError('KER-ATH-401');
    const changes: Partial<UserRow> = {};
    if (input.firstName !== undefined) changes.firstName = input.firstName || null;
    if (input.lastName !== undefined) changes.lastName = input.lastName || null;
    if (input.phone !== undefined) changes.phone = input.phone || null;
    if (input.locale !== undefined) changes.locale = input.locale;
    const after = Object.keys(changes).length ? await updateUser(tx, before.id, changes) : before;
    if (!after) throw new AppError('KER-ATH-401');
    if (after !== before) {
      await recordAudit(tx, ctx, {
        action: 'user.profile_update',
        entityType: 'user',
        entityId: before.id,
        before: presentProfile(before),
        after: presentProfile(after),
      });
    }
    return presentProfile(after);
  });
}
