/**
 * Fails when the Drizzle schema and the committed SQL migrations drift apart: generates against a copy
 * of apps/api/drizzle and fails if drizzle-kit would write a new migration.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const api = resolve('apps/api');
const copy = mkdtempSync(join(tmpdir(), 'pms-migrations-'));
try {
  cpSync(join(api, 'drizzle'), copy, { recursive: true });
  const before = readdirSync(copy).filter((f) => f.endsWith('.sql')).length;
  execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/db/schema.ts',
      '--out',
      copy,
      '--name',
      'drift',
    ],
    { cwd: api, stdio: 'pipe' },
  );
  const after = readdirSync(copy).filter((f) => f.endsWith('.sql')).length;
  if (after !== before) {
    console.error(
      'Schema and migrations have drifted: run `npm run db:generate` and commit apps/api/drizzle.',
    );
    process.exit(1);
  }
  console.log(`Migrations match the schema (${before} migration file(s)).`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
