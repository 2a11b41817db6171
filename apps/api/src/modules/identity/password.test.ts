import { describe, expect, it } from 'vitest';
import { hashPassword, isStrongPassword, verifyPassword } from './password.ts';

describe('password rules', () => {
  it('accepts long passwords that mix classes', () => {
    expect(isStrongPassword('correct horse 42')).toBe(true);
    expect(isStrongPassword('Tr0ub4dor&3xyz')).toBe(true);
  });
  it('refuses short, single-class, repeated or username-based passwords', () => {
    expect(isStrongPassword('Ab1!')).toBe(false);
    expect(isStrongPassword('onlylettersherexx')).toBe(false);
    expect(isStrongPassword('111111111111111')).toBe(false);
    expect(isStrongPassword('alice-secret-123', 'alice')).toBe(false);
  });
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse 42');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse 42')).toBe(true);
    expect(await verifyPassword(hash, 'wrong horse 42')).toBe(false);
    expect(await verifyPassword(null, 'x')).toBe(false);
  });
});
