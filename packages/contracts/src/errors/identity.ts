import { defineErrors } from './define.ts';

/** Sign-in, sessions, CSRF, passwords, users and service accounts. */
export const identityErrors = defineErrors({
  /** No token, or the token is expired, revoked, forged, or belongs to a disabled user (MOSIP auth adapter code). */
  'KER-ATH-401': { status: 401 },
  /** Authenticated, but none of the caller's roles may use this endpoint. */
  'KER-ATH-403': { status: 403 },
  /** Wrong username or password (deliberately the same answer for both). */
  PMS_ATH_001: { status: 401 },
  /** Too many failed sign-ins: the account is locked for a while. */
  PMS_ATH_002: { status: 423 },
  /** Too many failed sign-ins from this address. */
  PMS_ATH_003: { status: 429 },
  /** Cookie-authenticated write without a valid CSRF token. */
  PMS_ATH_004: { status: 403 },
  /** The new password does not meet the strength rule. */
  PMS_ATH_005: { status: 400 },
  /** The current password given for a change is wrong. */
  PMS_ATH_006: { status: 400 },
  /** Mailed link token (password reset, account set-up, e-mail verification) unknown, used or expired. */
  PMS_ATH_007: { status: 400 },
  /** Wrong client id or secret key. */
  PMS_ATH_008: { status: 401 },
  /** The account is disabled. */
  PMS_ATH_009: { status: 401 },
  /** The e-mail address has not been verified yet. */
  PMS_ATH_010: { status: 403 },
  /** Username already taken. */
  PMS_USR_001: { status: 409 },
  /** E-mail address already used by another user. */
  PMS_USR_002: { status: 409 },
  /** User not found. */
  PMS_USR_003: { status: 404 },
  /** Service account not found. */
  PMS_USR_004: { status: 404 },
  /** An admin tried to disable their own account. */
  PMS_USR_005: { status: 409 },
  /** An admin tried to remove PARTNER_ADMIN from their own account. */
  PMS_USR_006: { status: 409 },
  /** A role that this kind of account may not hold (service accounts: service and PMS admin roles only). */
  PMS_USR_007: { status: 400 },
  /** The account has no password or e-mail address to reset (service accounts rotate their secret instead). */
  PMS_USR_008: { status: 409 },
});
