import {
  type CreateServiceAccountRequest,
  type Page,
  type ServiceAccount,
  type ServiceAccountListQuery,
  type ServiceAccountWithSecret,
  serviceAccountSortFields,
  type UpdateServiceAccountRequest,
  type UserSortField,
} from '@pms/contracts';
import type { Db } from '../../db/client.ts';
import { newId, randomSecret } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { mapDatabaseError } from '../../platform/errors/db-errors.ts';
import type { AuthedContext } from '../../platform/http/context.ts';
import { type Paging, parsePaging, toPage } from '../../platform/http/paging.ts';
import { userAuditView } from '../identity/account.presenter.ts';
import { insertUser, updateUser, usernameTaken } from '../identity/account.repo.ts';
import { hashPassword } from '../identity/password.ts';
import { revokeUserSessions } from '../identity/session.service.ts';
import { presentServiceAccount } from '../users/users.presenter.ts';
import { findAccount, listAccounts, type UserRow } from '../users/users.repo.ts';
import { applyAccountUpdate, assertRolesAllowed } from '../users/users.service.ts';

type ServiceAccountSortField = (typeof serviceAccountSortFields)[number];

const sortAlias: Record<ServiceAccountSortField, UserSortField> = {
  clientId: 'userName',
  name: 'firstName',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastLoginAt: 'lastLoginAt',
};

/** A fresh secret key: 32 random bytes, base64url. Only its argon2id hash is stored. */
function newSecret(): string {
  return randomSecret(32);
}

async function findServiceAccount(db: Db, id: string, lock = false): Promise<UserRow> {
  const row = await findAccount(db, id, lock);
  if (row?.kind !== 'service') throw new AppError('PMS_USR_004');
  return row;
}

/**
 * Creates a service account (client id + secret key for `POST /v1/authmanager/authenticate/clientidsecretkey`).
 * The secret key is answered this once and stored as argon2id.
 * @throws PMS_USR_001 client id taken (by any account), PMS_USR_007 a role service accounts may not hold.
 */
export async function createServiceAccount(
  deps: AppDeps,
  ctx: AuthedContext,
  input: CreateServiceAccountRequest,
): Promise<ServiceAccountWithSecret> {
  const roles = [...new Set(input.roles)];
  assertRolesAllowed('service', roles);
  const secretKey = newSecret();
  const secretHash = await hashPassword(secretKey);
  return deps.db.transaction(async (tx) => {
    if (await usernameTaken(tx, input.clientId)) {
      throw new AppError('PMS_USR_001', { userName: input.clientId }, 'clientId');
    }
    const row = await insertUser(tx, {
      id: newId(),
      kind: 'service',
      username: input.clientId,
      firstName: input.name,
      roles,
      secretHash,
      createdBy: ctx.actor.username,
    }).catch((error: unknown) => {
      // Created at the same moment by another request: the same answer as the check above.
      if (mapDatabaseError(error)?.code === 'PMS_USR_001') {
        throw new AppError('PMS_USR_001', { userName: input.clientId }, 'clientId');
      }
      throw error;
    });
    await recordAudit(tx, ctx, {
      action: 'service_account.create',
      entityType: 'service_account',
      entityId: row.id,
      after: userAuditView(row),
    });
    return { ...presentServiceAccount(row), secretKey };
  });
}

export async function listServiceAccounts(
  deps: AppDeps,
  query: ServiceAccountListQuery,
): Promise<Page<ServiceAccount>> {
  const paging = parsePaging(query, serviceAccountSortFields);
  const userPaging: Paging<UserSortField> = {
    pageNo: paging.pageNo,
    pageSize: paging.pageSize,
    ...(paging.sort ? { sort: { field: sortAlias[paging.sort.field], type: paging.sort.type } } : {}),
  };
  const { total, rows } = await listAccounts(
    deps.db,
    { kind: 'service', userName: query.clientId, firstName: query.name, status: query.status },
    userPaging,
  );
  return toPage(paging, total, rows.map(presentServiceAccount));
}

/** @throws PMS_USR_004 unknown id (or not a service account). */
export async function getServiceAccount(deps: AppDeps, id: string): Promise<ServiceAccount> {
  return presentServiceAccount(await findServiceAccount(deps.db, id));
}

/**
 * Enables or disables a service account (disabling ends its sessions) and/or replaces its roles.
 * @throws PMS_USR_004 unknown id, PMS_USR_005 disabling oneself, PMS_USR_007 role not allowed.
 */
export async function updateServiceAccount(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
  input: UpdateServiceAccountRequest,
): Promise<ServiceAccount> {
  return deps.db.transaction(async (tx) => {
    const before = await findServiceAccount(tx, id, true);
    return presentServiceAccount(await applyAccountUpdate(tx, ctx, before, input));
  });
}

/**
 * Replaces the secret key (answered once) and ends every session opened with the old one.
 * @throws PMS_USR_004 unknown id.
 */
export async function rotateServiceAccountSecret(
  deps: AppDeps,
  ctx: AuthedContext,
  id: string,
): Promise<ServiceAccountWithSecret> {
  const secretKey = newSecret();
  const secretHash = await hashPassword(secretKey);
  return deps.db.transaction(async (tx) => {
    const before = await findServiceAccount(tx, id, true);
    const after = await updateUser(tx, before.id, { secretHash, failedLogins: 0, lockedUntil: null });
    if (!after) throw new AppError('PMS_USR_004');
    await revokeUserSessions(tx, after.id);
    await recordAudit(tx, ctx, {
      action: 'service_account.secret_rotate',
      entityType: 'service_account',
      entityId: after.id,
      after: userAuditView(after),
    });
    return { ...presentServiceAccount(after), secretKey };
  });
}
