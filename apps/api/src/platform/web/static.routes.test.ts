import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';

describe('portal serving', () => {
  let app: FastifyInstance;
  let database: TestDatabase;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'pms-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>PMS</title>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    database = await createTestDatabase();
    app = await buildApp({ db: database.db, config: testConfig({ WEB_DIST_DIR: dist }), servePortal: true });
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it('serves index.html for deep links, never cached', async () => {
    const res = await app.inject({ method: 'GET', url: '/admin/audit-log?actor=x' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and answers 404 for missing ones', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await app.inject({ method: 'GET', url: '/assets/app-old999.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps API 404s in the MOSIP envelope', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/partnermanager/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().errors[0].errorCode).toBe('PMS_COR_404');
  });
});
