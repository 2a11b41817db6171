// Runs the browser user stories: builds the portal into a private temp dir, starts PMS on a fresh PGlite data dir and a
// free port, runs e2e/specs with vitest (one file at a time), stops the server, and exits non-zero on
// failure. Without /usr/bin/chromium it prints a skip line and exits 0 (CI installs chromium).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  console.log(`e2e: SKIPPED, no Chromium at ${chromium} (install the Debian "chromium" package to run them)`);
  process.exit(0);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become ready within ${timeoutMs} ms`);
}

// A private build: apps/web/dist may be rebuilt by someone else while the specs run, and the server
// lists the asset files once at start.
const dataDir = mkdtempSync(join(tmpdir(), 'pms-e2e-data-'));
const webDist = join(dataDir, 'web-dist');
const build = spawnSync(
  'npx',
  ['vite', 'build', '--outDir', webDist, '--emptyOutDir', '--logLevel', 'warn'],
  {
    cwd: join(root, 'apps/web'),
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(build.status ?? 1);
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const adminPassword = 'E2e-Admin-Password-2468';
const serverLog = [];

const server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    PMS_DATA_DIR: join(dataDir, 'db'),
    PMS_ADMIN_PASSWORD: adminPassword,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'true',
    OUTBOX_POLL_MS: '200',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '500',
    // Short lockout and throttle windows: all specs come from 127.0.0.1 (forgot-password allows 5 per window).
    LOGIN_LOCKOUT_S: '60',
    WEB_DIST_DIR: webDist,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (d) => serverLog.push(d.toString()));
server.stderr.on('data', (d) => serverLog.push(d.toString()));

let code = 1;
try {
  await waitForReady(baseUrl, server, 90_000);
  console.log(`e2e: PMS is up at ${baseUrl} (data in ${dataDir})`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'e2e/vitest.config.ts',
      // CI asks for a JSON report too, to print the overall "N passed, N failed" line.
      ...(process.env.E2E_JSON_REPORT
        ? ['--reporter=default', '--reporter=json', `--outputFile.json=${process.env.E2E_JSON_REPORT}`]
        : []),
      ...process.argv.slice(2),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_ADMIN_PASSWORD: adminPassword,
        E2E_CHROMIUM: chromium,
      },
    },
  );
  code = run.status ?? 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  console.error(serverLog.join('').slice(-4000));
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => {
    if (server.exitCode !== null) resolve(undefined);
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      resolve(undefined);
    }, 10_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  rmSync(dataDir, { recursive: true, force: true });
}
if (code !== 0) console.error('e2e: FAILED (screenshots and traces in e2e/.e2e-artifacts/)');
process.exit(code);
