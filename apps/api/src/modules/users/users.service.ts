import {
  adminRoles,
  type CreateUserRequest,
  type Page,
  type Role,
  serviceRoles,
  type UpdateUserRequest,
  type User,
  type UserListQuery,
  userSortFields,
} from '@pms/contracts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthedContext } from '../../platform/http/context.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { userAuditView } from '../identity/account.presenter.ts';
import { updateUser as updateUserRow } from '../identity/account.repo.ts';
import { createUserAccount, mailPasswordLink } from '../identity/account.service.ts';
import { revokeUserSessions } from '../identity/session.service.ts';
import { presentUser } from './users.presenter.ts';
import { findAccount, listAccounts, type UserRow } from './users.repo.ts';

/** Roles a service account may hold: those of other MOSIP systems and PMS's own admin roles. */
export const serviceAccountRoles: readonly Role[] = [...serviceRoles, ...adminRoles];

/**
 * People may hold any role (the admin decides); service accounts only service and admin roles (a partner
 * role would make a machine look like a partner organisation).
 * @throws PMS_USR_007 for each role the kind of account may not hold.
 */
export function assertRolesAllowed(kind: string, roles: readonly Role[]): void {
  if (kind !== 'service') return;
  const refused = roles.filter((r) => !serviceAccountRoles.includes(r));
  if (refused.length) {
    throw AppError.many(refused.map((role) => ({ code: 'PMS_USR_007', params: { role }, field: 'roles' })));
  }
}

/**
 * Creates a person's account (MOSIP `POST /users`), e-mail verified. Without `userPassword` the user is
 * mailed a link to set one (`${baseUrl}/reset-password?token=…`, 48 h). One transaction with the audit.
 * @throws PMS_USR_001, PMS_USR_002, PMS_ATH_005 (see createUserAccount).
 */
export async function createUser(
  deps: AppDeps,
  ctx: AuthedContext,
  input: CreateUserRequest,
  baseUrl: string,
): Promise<User> {
  return deps.db.transaction(async (tx) => {
    const user = await createUserAccount(tx, deps, ctx, {
      username: input.userName,
      email: input.emailID,
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.contactNo,
      organisation: input.organizationName,
      roles: [...new Set([input.role, ...(input.additionalRoles ?? [])])],
      locale: input.langCode ?? ctx.lang,
      password: input.userPassword,
      emailVerified: true,
    });
    if (input.userPassword === undefined) await mailPasswordLink(tx, deps, user, baseUrl, 'account_setup');
    return presentUser(user);
  });
}

export async function listUsers(deps: AppDeps, query: UserListQuery): Promise<Page<User>> {
  const paging = parsePaging(query, userSortFields);
  const { total, rows } = await listAccounts(deps.db, query, paging);
  return toPage(paging, total, rows.map(presentUser));
}

/** @throws PMS_USR_003 unknown id. */
export async function getUser(deps: AppDeps, id: string): Promise<User> {
  const row = await findAccount(deps.db, id);
  if (!row) throw new AppError('PMS_USR_003');
  return presentUser(row);
}

/**
 * Applies an enable/disable and/or a roles change to a locked account row inside `tx`, with its audit
 * event; disabling ends every session. Shared by users and service accounts.
 * @throws PMS_USR_005 an admin disabling themselves, PMS_USR_006 an admin dropping their own
 *   PARTNER_ADMIN, PMS_USR_007 a role the kind of account may not hold.
 */
export async function applyAccountUpdate(
  tx: Db,
  ctx: AuthedContext,
  before: UserRow,
  input: UpdateUserRequest,
): Promise<UserRow> {
  const self = before.id === ctx.actor.userId;
  if (self && input.status === 'disabled') throw new AppError('PMS_USR_005', {}, 'status');
  const roles = input.roles ? [...new Set(input.roles)] : undefined;
  if (roles) {
    assertRolesAllowed(before.kind, roles);
    if (self && before.roles.includes('PARTNER_ADMIN') && !roles.includes('PARTNER_ADMIN')) {
      throw new AppError('PMS_USR_006', {}, 'roles');
    }
  }
  const changes: Partial<UserRow> = {};
  if (input.status !== undefined) changes.enabled = input.status === 'enabled';
  if (roles) changes.roles = roles;
  const after = await updateUserRow(tx, before.id, changes);
  if (!after) throw new AppError(before.kind === 'service' ? 'PMS_USR_004' : 'PMS_USR_003');
  const disabling = before.enabled && !after.enabled;
  if (disabling) await revokeUserSessions(tx, after.id);
  const statusChanged = before.enabled !== after.enabled;
  const entityType = before.kind === 'service' ? 'service_account' : 'user';
  await recordAudit(tx, ctx, {
    action: statusChanged ? `${entityType}.${after.enabled ? 'enable' : 'disable'}` : `${entityType}.update`,
    entityType,
    entityId: after.id,
    before: userAuditView(before),
    after: userAuditView(after),
    reason: input.reason ?? null,
  });
  return after;
}

/** `PATCH /users/{id}`. @throws PMS_USR_003 unknown id, and see applyAccountUpdate. */
export async function updateUser(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
  input: UpdateUserRequest,
): Promise<User> {
  return deps.db.transaction(async (tx) => {
    const before = await findAccount(tx, id, true);
    if (!before) throw new AppError('PMS_USR_003');
    return presentUser(await applyAccountUpdate(tx, ctx, before, input));
  });
}

/**
 * Mails a password-reset link to a person on an admin's request (the link itself is never answered).
 * @throws PMS_USR_003 unknown id, PMS_USR_008 a service account or an account without e-mail.
 */
export async function sendPasswordReset(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
  baseUrl: string,
): Promise<{ emailID: string }> {
  return deps.db.transaction(async (tx) => {
    const user = await findAccount(tx, id, true);
    if (!user) throw new AppError('PMS_USR_003');
    await mailPasswordLink(tx, deps, user, baseUrl, 'password_reset');
    await recordAudit(tx, ctx, {
      action: 'user.password_reset_request',
      entityType: 'user',
      entityId: user.id,
      after: { userName: user.username, emailID: user.email },
      reason: 'requested by an administrator',
    });
    return { emailID: user.email ?? '' };
  });
}
