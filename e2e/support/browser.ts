import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { test as base } from 'vitest';
import { artifactsDir, baseUrl, chromiumPath } from './env.ts';

let browser: Browser | undefined;

/**
 * One headless Debian chromium per spec file. Playwright gives it a fresh temporary profile directory
 * (it refuses an explicit --user-data-dir) and removes it on close.
 */
export async function getBrowser(): Promise<Browser> {
  if (browser) return browser;
  browser = await chromium.launch({
    executablePath: chromiumPath,
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
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

export interface PageOptions {
  /** Browser language (Accept-Language and navigator.languages). */
  locale?: string;
}

/** A new isolated browser context (own cookies and storage) and page, traced. */
export async function openPage(options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await getBrowser()).newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  await context.tracing.start({ screenshots: true, snapshots: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** On failure keeps a full-page screenshot and the Playwright trace under e2e/.e2e-artifacts/. */
export async function closePage(context: BrowserContext, page: Page, name: string, failed: boolean) {
  if (failed) {
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(artifactsDir, slug(name));
    await page.screenshot({ path: `${file}.png`, fullPage: true }).catch(() => undefined);
    await context.tracing.stop({ path: `${file}.trace.zip` }).catch(() => undefined);
    console.error(`  artifacts: ${file}.png, ${file}.trace.zip`);
  } else {
    await context.tracing.stop();
  }
  await context.close();
}

/**
 * `test` with a `page` fixture: a fresh context per test; on failure a screenshot and trace are saved.
 * A second page (another user) comes from `openPage()` in the test itself.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ task, onTestFailed }, use) => {
    const { context, page } = await openPage();
    let failed = false;
    onTestFailed(() => {
      failed = true;
    });
    await use(page);
    await closePage(context, page, task.name, failed || task.result?.state === 'fail');
  },
});
