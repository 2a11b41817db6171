import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { assertPage } from '../helpers/page.ts';
import { test } from '../support/browser.ts';

const LIMIT_BYTES = 200 * 1024;

describe('Sign-in page weight', () => {
  test('the sign-in page loads less than 200 KB of JavaScript, gzipped', async ({ page }) => {
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
      }
    });
    await page.goto('/login');
    await assertPage(page, 'Sign in to Partner Management');
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`sign-in page: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(LIMIT_BYTES);
  });
});
