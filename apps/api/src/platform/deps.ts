import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { OutboxSettings } from './outbox/outbox.ts';

/** What every module's service gets: the database, the configuration and the outbox settings. */
export interface AppDeps {
  db: Db;
  config: Config;
  outbox: OutboxSettings;
  /** Encrypts secrets at rest (see platform/crypto/master-key.ts). */
  masterKey: Buffer;
}
