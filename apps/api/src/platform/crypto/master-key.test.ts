import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, loadMasterKey } from './master-key.ts';

describe('master key', () => {
  it('creates a 0600 key file once and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pms-key-'));
    const first = loadMasterKey({ dataDir: dir });
    expect(statSync(join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    expect(loadMasterKey({ dataDir: dir }).equals(first)).toBe(true);
  });
  it('uses PMS_MASTER_KEY when given and refuses a wrong length', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadMasterKey({ masterKey: key.toString('base64url'), dataDir: '/nonexistent' }).equals(key)).toBe(
      true,
    );
    expect(() => loadMasterKey({ masterKey: 'c2hvcnQ=', dataDir: '/nonexistent' })).toThrow(/32 bytes/);
  });
  it('encrypts with authentication bound to a context', () => {
    const key = Buffer.alloc(32, 1);
    const sealed = encryptSecret(key, 'private key', 'ca:root');
    expect(sealed).not.toContain('private key');
    expect(decryptSecret(key, sealed, 'ca:root')).toBe('private key');
    expect(() => decryptSecret(key, sealed, 'webhook:1')).toThrow();
    expect(() => decryptSecret(Buffer.alloc(32, 2), sealed, 'ca:root')).toThrow();
  });
});
