import { randomBytes } from 'node:crypto';
import type { Role } from '@pms/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, testConfig } from '../src/config.ts';
import type { Db } from '../src/db/client.ts';
import { newId } from '../src/lib/ids.ts';
import { users } from '../src/modules/identity/identity.table.ts';
import { hashPassword } from '../src/modules/identity/password.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const TEST_PASSWORD = 'Test-password-42';

let cachedHash: Promise<string> | undefined;
/** One argon2 hash shared by every seeded user of a test file: hashing is slow on purpose. */
function testPasswordHash(): Promise<string> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return cachedHash;
}

export interface SeededUser {
  id: string;
  username: string;
  email: string;
  roles: Role[];
  /** Bearer token of a fresh session. */
  token: string;
  /** Headers that authenticate a call as this user. */
  headers: Record<string, string>;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  config: Config;
  /** The master key the app encrypts secrets with (to drive the outbox dispatcher in tests). */
  masterKey: Buffer;
  /** Inserts a verified, enabled user with the given roles and signs it in. */
  createUser(roles: Role[], overrides?: Partial<typeof users.$inferInsert>): Promise<SeededUser>;
  /** `app.inject` with a MOSIP envelope around `request` when `body` is given. */
  call(options: InjectOptions & { as?: SeededUser; request?: unknown }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let counter = 0;

/** Builds the app on a fresh database (the driver the run selects). */
export async function buildTestApp(configOverrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(configOverrides);
  const masterKey = randomBytes(32);
  const app = await buildApp({ db: database.db, config, masterKey });
  await app.ready();
  const testApp: TestApp = {
    app,
    db: database.db,
    database,
    config,
    masterKey,
    async createUser(roles, overrides = {}) {
      counter += 1;
      const username = overrides.username ?? `user${counter}_${newId().slice(0, 8)}`;
      const email = overrides.email ?? `${username}@example.org`;
      const id = newId();
      await database.db.insert(users).values({
        id,
        username,
        email,
        roles,
        passwordHash: await testPasswordHash(),
        emailVerifiedAt: new Date(),
        firstName: 'Test',
        lastName: username,
        ...overrides,
      });
      const login = await app.inject({
        method: 'POST',
        url: '/v1/authmanager/authenticate/useridPwd',
        payload: { request: { userName: username, password: TEST_PASSWORD } },
      });
      const token = login.json<{ response: { token: string } }>().response?.token;
      if (!token) throw new Error(`test login failed: ${login.body}`);
      return { id, username, email, roles, token, headers: { authorization: `Bearer ${token}` } };
    },
    call({ as, request, headers, ...options }) {
      const payload = request === undefined ? options.payload : { id: 'test', version: '1.0', request };
      return app.inject({
        ...options,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
        headers: { ...(as?.headers ?? {}), ...(headers ?? {}) },
      });
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
  return testApp;
}

/** Builds one app per test file with beforeAll/afterAll; read `.current` inside tests. */
export function useTestApp(configOverrides: Partial<Config> = {}): { current: TestApp } {
  const holder = {} as { current: TestApp };
  beforeAll(async () => {
    holder.current = await buildTestApp(configOverrides);
  }, 60_000);
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

/** The `errors[].errorCode` values of an envelope answer. */
export function errorCodes(response: { json: () => unknown }): string[] {
  const body = response.json() as { errors?: { errorCode: string }[] };
  return (body.errors ?? []).map((e) => e.errorCode);
}
