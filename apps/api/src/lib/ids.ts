import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** Row ids: random UUIDs, never guessable sequences (MOSIP's nextInt ids are a known weakness). */
export function newId(): string {
  return randomUUID();
}

/** A URL-safe random secret of `bytes` bytes (tokens, client secrets, reset links). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex of a high-entropy secret: enough for tokens (unlike passwords, they are not guessable). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
