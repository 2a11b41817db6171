import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Pages already checked in this run (same path, same language) are not checked twice. */
const checked = new Set<string>();

/**
 * Runs axe (WCAG 2.1 A/AA rules) on the current page and throws on any serious or critical violation,
 * naming the rule and the offending elements.
 */
export async function assertAccessible(page: Page): Promise<void> {
  const path = new URL(page.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
  const lang = (await page.locator('html').getAttribute('lang')) ?? '';
  const key = `${path}|${lang}`;
  if (checked.has(key)) return;
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const text = bad
      .map(
        (v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
      )
      .join('\n  ');
    throw new Error(`axe found ${bad.length} serious/critical violation(s) on ${path} (${lang}):\n  ${text}`);
  }
  checked.add(key);
}
