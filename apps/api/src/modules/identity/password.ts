import { limits } from '@pms/contracts';
import argon2 from 'argon2';

/** argon2id with OWASP's recommended floor (19 MiB, 2 passes). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the user is unknown, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-matches-Ω');
  return decoyHash;
}

/**
 * Strength rule: at least `limits.passwordMin` characters, at least two character classes (letters,
 * digits, symbols), not the username, not one character repeated.
 */
export function isStrongPassword(password: string, username?: string): boolean {
  if (password.length < limits.passwordMin || password.length > limits.passwordMax) return false;
  const classes = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (classes < 2) return false;
  if (/^(.)\1*$/u.test(password)) return false;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return false;
  return true;
}
