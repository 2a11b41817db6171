import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_FILE = 'master.key';
const VERSION = 'v1';

/**
 * The key that encrypts secrets at rest (CA private keys, webhook secrets): PMS_MASTER_KEY (32 bytes,
 * base64/base64url), else a key file created once with mode 0600 in the data directory. Back that file up
 * with the database: without it the encrypted columns cannot be read.
 */
export function loadMasterKey(options: { masterKey?: string; dataDir: string }): Buffer {
  if (options.masterKey) {
    const key = Buffer.from(options.masterKey.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length !== 32) throw new Error('PMS_MASTER_KEY must decode to exactly 32 bytes');
    return key;
  }
  const path = join(options.dataDir, KEY_FILE);
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 key`);
    return key;
  }
  mkdirSync(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails if another instance created it meanwhile: then read theirs.
  try {
    writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch {
    return loadMasterKey(options);
  }
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` in base64url. `context` binds the value to its use. */
export function encryptSecret(key: Buffer, plaintext: string, context = ''): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptSecret(key: Buffer, sealed: string, context = ''): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !data) throw new Error('unknown secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
