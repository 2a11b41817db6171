import { type IdentityMail, identityMails, languageFromTag, renderMail } from '@pms/phrases';
import type { Db } from '../../db/client.ts';
import { randomSecret, sha256Hex } from '../../lib/ids.ts';
import { queueMail } from '../../platform/outbox/outbox.ts';
import { insertUserToken, type UserTokenPurpose, voidUserTokens } from './account.repo.ts';

/** The fields of a user that a mailed link needs. */
export interface MailRecipient {
  id: string;
  username: string;
  email: string | null;
  locale: string;
  firstName?: string | null;
  lastName?: string | null;
}

/** How a person is greeted in mails: their name, else their username. */
export function displayName(user: MailRecipient): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.username;
}

/** `https://pms.example.org/` + `/reset-password` without a double slash. */
export function linkTo(baseUrl: string, path: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}?token=${encodeURIComponent(token)}`;
}

/**
 * Issues a single-use token for a user (storing only its SHA-256, voiding the user's older unused tokens
 * of the same purpose) and queues the mail that carries the link, in the user's language, inside `tx`.
 * Returns the mail id. The token itself leaves only inside the mail.
 */
export async function mailLinkToken(
  tx: Db,
  user: MailRecipient & { email: string },
  options: {
    purpose: UserTokenPurpose;
    template: IdentityMail;
    ttlSeconds: number;
    baseUrl: string;
    path: string;
  },
): Promise<string> {
  const now = new Date();
  const token = randomSecret(32);
  await voidUserTokens(tx, user.id, options.purpose, now);
  await insertUserToken(tx, {
    userId: user.id,
    purpose: options.purpose,
    tokenHash: sha256Hex(token),
    expiresAt: new Date(now.getTime() + options.ttlSeconds * 1000),
  });
  const lang = languageFromTag(user.locale);
  const { subject, text } = renderMail(identityMails[options.template], lang, {
    name: displayName(user),
    userName: user.username,
    link: linkTo(options.baseUrl, options.path, token),
    minutes: Math.max(1, Math.round(options.ttlSeconds / 60)),
    hours: Math.max(1, Math.round(options.ttlSeconds / 3600)),
  });
  return queueMail(tx, { to: user.email, subject, text, lang, template: options.template });
}
