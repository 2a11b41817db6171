/**
 * `npm run bench [-- --db pglite|postgres] [--scenario NAME ...] [--duration S] [--connections N]`
 *
 * Seeds the chosen database, starts PMS as a child process on it, drives each scenario's requests with
 * autocannon next to the bare Fastify route the same process serves (`/bench/bare`), and prints
 * requests/s, p50 and p99 latency and the ratio to the bare route. PostgreSQL uses BENCH_DATABASE_URL
 * (default: a fresh database on postgres://postgres@127.0.0.1:5432).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../apps/api/src/db/client.ts';
import { runMigrations } from '../apps/api/src/db/migrate.ts';
import { ensureAdminUser } from '../apps/api/src/modules/identity/bootstrap.ts';
import { measurePortalFirstLoad } from './portal-load.ts';
import type { BenchRequest, BenchScenario } from './scenario.ts';
import { loadScenarios } from './scenarios/index.ts';

const ADMIN_PASSWORD = 'Bench-admin-password-1';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    scenario: { type: 'string', multiple: true },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    'skip-portal': { type: 'boolean', default: false },
  },
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function preparePostgres(): Promise<string> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `pms_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become ready');
}

interface Row {
  scenario: string;
  title: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  ratio: number;
}

async function drive(url: string, req: BenchRequest, token: string, seconds: number, connections: number) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (req.authenticated !== false && token) headers.authorization = `Bearer ${token}`;
  const body =
    req.request === undefined
      ? undefined
      : JSON.stringify({ id: 'bench', version: '1.0', request: req.request });
  const result = await autocannon({
    url: `${url}${req.path}`,
    method: req.method,
    headers,
    body,
    duration: seconds,
    connections,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const scenarios: BenchScenario[] = await loadScenarios(values.scenario);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const dataDir = mkdtempSync(join(tmpdir(), 'pms-bench-'));
  const databaseUrl = values.db === 'postgres' ? await preparePostgres() : undefined;

  console.log(`Seeding (${values.db}) …`);
  const database = await openDatabase(
    databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir },
  );
  await runMigrations(database);
  await ensureAdminUser(database.db, ADMIN_PASSWORD);
  for (const scenario of scenarios) {
    if (!scenario.seed) continue;
    const started = performance.now();
    await scenario.seed(database.db);
    console.log(`  ${scenario.name}: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await database.close();

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      PMS_DATA_DIR: dataDir,
      PMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      DATABASE_URL: databaseUrl ?? '',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      PMS_BENCH_BARE_ROUTE: 'true',
      // The login scenario signs in many times from one address.
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(url, child);
    const login = await fetch(`${url}/v1/authmanager/authenticate/useridPwd`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request: { userName: 'admin', password: ADMIN_PASSWORD } }),
    });
    const token = ((await login.json()) as { response?: { token?: string } }).response?.token ?? '';
    if (!token) throw new Error('admin sign-in failed');

    const bare = await drive(
      url,
      { title: 'bare', method: 'GET', path: '/bench/bare', authenticated: false },
      '',
      seconds,
      connections,
    );
    const rows: Row[] = [{ scenario: 'baseline', title: 'bare Fastify route', ...bare, ratio: 1 }];
    for (const scenario of scenarios) {
      for (const req of scenario.requests) {
        const probe = await fetch(`${url}${req.path}`, { method: 'HEAD' }).catch(() => undefined);
        if (probe?.status === 404 && req.method === 'GET') {
          const check = await fetch(`${url}${req.path}`, { headers: { authorization: `Bearer ${token}` } });
          if (check.status === 404) {
            console.log(`  skip ${scenario.name} / ${req.title}: endpoint not found`);
            continue;
          }
        }
        const r = await drive(url, req, token, seconds, connections);
        rows.push({ scenario: scenario.name, title: req.title, ...r, ratio: r.rps / bare.rps });
      }
    }
    printTable(rows, values.db ?? 'pglite', seconds, connections);
    const portal = values['skip-portal'] ? undefined : await measurePortalFirstLoad(url);
    if (portal)
      console.log(
        `\nPortal first load (time to sign-in form, headless Chromium, median of ${portal.runs}): ${portal.medianMs.toFixed(0)} ms`,
      );
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      join('bench/results', `bench-${values.db}-${Date.now()}.json`),
      JSON.stringify({ db: values.db, seconds, connections, rows, portal }, null, 2),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) {
      const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
      await client.end();
    }
  }
}

function printTable(rows: Row[], db: string, seconds: number, connections: number): void {
  console.log(`\nPMS bench — ${db}, ${connections} connections, ${seconds} s per scenario\n`);
  const header = ['scenario', 'request', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'ratio to bare'];
  const lines = rows.map((r) => [
    r.scenario,
    r.title,
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    String(r.non2xx),
    `${(r.ratio * 100).toFixed(1)} %`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
