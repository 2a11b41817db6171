import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Time from navigation to a usable sign-in form (password field visible) in headless Chromium, each run
 * with a fresh profile (cold cache). Undefined when Chromium or the built portal is missing.
 */
export async function measurePortalFirstLoad(
  baseUrl: string,
  runs = 7,
): Promise<{ medianMs: number; runs: number; samples: number[] } | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const index = await fetch(`${baseUrl}/login`).catch(() => undefined);
  if (!index?.ok || !(index.headers.get('content-type') ?? '').includes('text/html')) return undefined;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'pms-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${baseUrl}/login`);
      await page.locator('input[type="password"]').waitFor({ state: 'visible' });
      samples.push(performance.now() - started);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs, samples };
}
