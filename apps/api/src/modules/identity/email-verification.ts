import type { Db } from '../../db/client.ts';
import { sha256Hex } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { consumeToken, updateUser } from './account.repo.ts';
import { mailLinkToken } from './account-mails.ts';

/** How long an e-mail verification link works. */
export const EMAIL_VERIFICATION_TTL_S = 48 * 60 * 60;

/**
 * Stores a single-use e-mail verification token (SHA-256 only, 48 h) and queues the mail with
 * `${baseUrl}/verify-email?token=…` in the user's language, inside the caller's transaction, so a
 * sign-up that fails later leaves neither token nor mail. Older unused verification tokens are voided.
 * `deps` is accepted for symmetry with other building blocks (and future settings).
 * @returns the queued mail's id.
 */
export async function issueEmailVerification(
  tx: Db,
  _deps: AppDeps,
  user: { id: string; email: string; locale: string; username: string; firstName?: string | null },
  baseUrl: string,
): Promise<string> {
  return mailLinkToken(tx, user, {
    purpose: 'email_verification',
    template: 'email_verification',
    ttlSeconds: EMAIL_VERIFICATION_TTL_S,
    baseUrl,
    path: '/verify-email',
  });
}

/**
 * Confirms an e-mail address with the mailed token: marks the token used and sets `email_verified_at`.
 * @throws PMS_ATH_007 token unknown, used or expired.
 */
export async function verifyEmail(deps: AppDeps, ctx: RequestContext, token: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = new Date();
    const userId = await consumeToken(tx, sha256Hex(token), 'email_verification', now);
    if (!userId) throw new AppError('PMS_ATH_007', {}, 'token');
    const user = await updateUser(tx, userId, { emailVerifiedAt: now });
    if (!user) throw new AppError('PMS_ATH_007', {}, 'token');
    await recordAudit(tx, ctx, {
      action: 'user.email_verify',
      entityType: 'user',
      entityId: user.id,
      after: { userName: user.username, emailID: user.email, emailVerified: true },
    });
  });
}

/** Partner self sign-up creates the user with this, in the same transaction as the partner. */
export { createUserAccount, type NewUserAccount } from './account.service.ts';
