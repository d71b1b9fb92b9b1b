import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { pageTypes } from './quality-pages.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A violation as one readable line per offending element, so a failure says what to fix and where. */
function describeViolation(violation: Result): string[] {
  return violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// Both colour schemes: dark mode has its own colours, so its own contrast to get right.
for (const colorScheme of ['light', 'dark'] as const) {
  describe(`axe (WCAG 2.2 A and AA) and the console, ${colorScheme} mode`, () => {
    for (const type of pageTypes()) {
      it.skipIf(!type.built)(`${type.kind}${type.built ? '' : ` (skipped: ${type.file} is not built yet)`}`, async () => {
        const { page, problems } = await openPage(browser, type.path, { colorScheme });
        if (type.waitFor) await page.waitForSelector(type.waitFor);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.flatMap(describeViolation)).toEqual([]);
        // axe really looked: it ran its contrast and landmark rules on the page.
        expect(results.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'document-title']));
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });
}
