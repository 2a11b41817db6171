import { createHmac, randomBytes } from 'node:crypto';
import { constantTimeEqual } from '../../lib/ids.ts';

/**
 * Bot check of the public sign-up, with no outside service: the server hands out an HMAC-signed challenge
 * (nonce + issue time); the sign-up must bring it back unaltered, not sooner than `minFillMs` after it was
 * issued (people need time to fill a form), not after `ttlMs`, only once (the nonce is spent in the
 * database), and with the hidden honeypot field left empty.
 * The settings are an object so that tests (and operators through code) can tune them.
 */
export const signupSettings = {
  minFillMs: 3_000,
  ttlMs: 30 * 60_000,
  /** Sign-up attempts per client address per window. */
  maxPerAddress: 10,
  windowMs: 60 * 60_000,
};

interface ChallengePayload {
  n: string;
  iat: number;
}

function signingKey(masterKey: Buffer): Buffer {
  return createHmac('sha256', masterKey).update('pms/signup-challenge/v1').digest();
}

function sign(masterKey: Buffer, body: string): string {
  return createHmac('sha256', signingKey(masterKey)).update(body).digest('base64url');
}

export function issueChallenge(masterKey: Buffer, now = Date.now()) {
  const payload: ChallengePayload = { n: randomBytes(16).toString('base64url'), iat: now };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return {
    challenge: `${body}.${sign(masterKey, body)}`,
    issuedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + signupSettings.ttlMs).toISOString(),
    minFillSeconds: Math.ceil(signupSettings.minFillMs / 1000),
    honeypotField: 'website' as const,
  };
}

/** The nonce of a valid, timely challenge, or undefined when it is forged, malformed, too fresh or expired. */
export function checkChallenge(masterKey: Buffer, challenge: string, now = Date.now()): string | undefined {
  const [body, signature, extra] = challenge.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  if (!constantTimeEqual(signature, sign(masterKey, body))) return undefined;
  let payload: ChallengePayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ChallengePayload;
  } catch {
    return undefined;
  }
  if (typeof payload.n !== 'string' || typeof payload.iat !== 'number') return undefined;
  const age = now - payload.iat;
  if (age < signupSettings.minFillMs || age > signupSettings.ttlMs) return undefined;
  return payload.n;
}
