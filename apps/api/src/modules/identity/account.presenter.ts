import type { LanguageCode, Profile, Role } from '@pms/contracts';
import type { UserRow } from './session.service.ts';

export function languageCodeOf(locale: string): LanguageCode {
  return locale === 'fra' || locale === 'ara' ? locale : 'eng';
}

/** The signed-in user's own profile (whitelisted fields: never a hash). */
export function presentProfile(user: UserRow): Profile {
  return {
    userId: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    locale: languageCodeOf(user.locale),
    organizationName: user.organisation,
    roles: user.roles as Role[],
    emailVerified: !!user.emailVerifiedAt,
  };
}

/** What the audit log keeps of a user: whitelisted fields, no hash, no token, no secret. */
export function userAuditView(user: UserRow) {
  return {
    userName: user.username,
    kind: user.kind,
    emailID: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    contactNo: user.phone,
    organizationName: user.organisation,
    roles: user.roles,
    langCode: user.locale,
    status: user.enabled ? 'enabled' : 'disabled',
    emailVerified: !!user.emailVerifiedAt,
  };
}
