import type { CurrentUser, Role } from '@pms/contracts';

/** Who may open a route: anyone signed in, or a user holding at least one of the roles. */
export type Access = 'authenticated' | readonly Role[];

/** The one place the portal decides capabilities from the parsed role list (never substrings). */
export function hasAccess(user: Pick<CurrentUser, 'roles'> | null | undefined, access: Access): boolean {
  if (!user) return false;
  if (access === 'authenticated') return true;
  return access.some((role) => user.roles.includes(role));
}
