import type { Role, ServiceAccount, User } from '@pms/contracts';
import { languageCodeOf } from '../identity/account.presenter.ts';
import type { UserRow } from './users.repo.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A user as the admin sees it: whitelisted fields only (no password or secret hash, no token). */
export function presentUser(row: UserRow): User {
  const locked = !!row.lockedUntil && row.lockedUntil > new Date();
  return {
    id: row.id,
    userId: row.username,
    userName: row.username,
    emailID: row.email,
    contactNo: row.phone,
    firstName: row.firstName,
    lastName: row.lastName,
    organizationName: row.organisation,
    role: row.roles.join(','),
    roles: row.roles as Role[],
    langCode: languageCodeOf(row.locale),
    kind: row.kind === 'service' ? 'service' : 'user',
    status: row.enabled ? 'enabled' : 'disabled',
    emailVerified: !!row.emailVerifiedAt,
    locked,
    lockedUntil: locked ? iso(row.lockedUntil) : null,
    lastLoginAt: iso(row.lastLoginAt),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A service account: the client id and name; the secret hash never leaves the database. */
export function presentServiceAccount(row: UserRow): ServiceAccount {
  return {
    id: row.id,
    clientId: row.username,
    name: row.firstName,
    roles: row.roles as Role[],
    status: row.enabled ? 'enabled' : 'disabled',
    lastLoginAt: iso(row.lastLoginAt),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
