import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database, Db, Schema } from './client.ts';
import { runSeeds } from './seeds.ts';

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Arbitrary constant: serialises migrations when several instances start at once on one PostgreSQL. */
const MIGRATION_LOCK_KEY = 7_310_442_001;

/** Applies the generated SQL migrations in `apps/api/drizzle` (idempotent). */
export async function runMigrations(database: Database): Promise<void> {
  const { db } = database;
  await db.execute(sql`create extension if not exists pg_trgm`);
  if (database.driver === 'pglite') {
    await migratePglite(db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    await runSeeds(db);
    return;
  }
  if (!database.pool) throw new Error('PostgreSQL database without a pool');
  // A session-level advisory lock on one dedicated connection: a second instance waits, then finds
  // every migration applied.
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
  await runSeeds(db);
}

/** Number of migrations in the journal shipped with this build. */
export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** True when every shipped migration has been applied. */
export async function migrationsApplied(db: Db): Promise<boolean> {
  try {
    const result = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const row = (result as unknown as { rows: { n: number }[] }).rows[0];
    return (row?.n ?? 0) >= expectedMigrationCount();
  } catch {
    return false;
  }
}
