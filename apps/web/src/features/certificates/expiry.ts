/** When a certificate counts as ending soon. Plain TS (no React) so it can be tested in Node. */

export const DAY = 24 * 60 * 60 * 1000;
/** A certificate this close to its end is flagged. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = 'valid' | 'expiring' | 'expired';

export function expiryState(notAfter: string | Date, now = Date.now()): ExpiryState {
  const end = new Date(notAfter).getTime();
  if (end <= now) return 'expired';
  return end - now <= EXPIRY_WARNING_DAYS * DAY ? 'expiring' : 'valid';
}
