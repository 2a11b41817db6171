import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from '../support/env.ts';

/** Saves a reference screenshot under e2e/.e2e-artifacts/screenshots/ (for people to look at). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
