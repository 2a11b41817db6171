import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Pages already checked in this run (same path, same language) are not checked twice. */
const checked = new Set<string>();

/**
 * Serious and critical axe violations (WCAG 2.1 A/AA + best practice) of the page as it is now, one line each.
 * Waits for running CSS transitions first: a dialog caught mid fade-in has blended colours, and axe would
 * report a contrast failure that no user sees.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Finite animations only (a spinner runs forever), and never more than 2 s.
  await page.evaluate(() => {
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
}

/**
 * Runs axe (WCAG 2.1 A/AA rules) on the current page and throws on any serious or critical violation,
 * naming the rule and the offending elements.
 */
export async function assertAccessible(page: Page): Promise<void> {
  const path = new URL(page.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
  const lang = (await page.locator('html').getAttribute('lang')) ?? '';
  const key = `${path}|${lang}`;
  if (checked.has(key)) return;
  const bad = await seriousViolations(page);
  if (bad.length > 0) {
    throw new Error(
      `axe found ${bad.length} serious/critical violation(s) on ${path} (${lang}):\n  ${bad.join('\n  ')}`,
    );
  }
  checked.add(key);
}
