import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { pageTypes } from './quality-pages.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A violation as one readable line per offending element, so a failure says what to fix and where. */
function describeViolation(violation: Result): string[] {
  return violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
}

/** Runs axe on the page as it is now; returns the violations, after checking axe really looked. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'document-title']));
  return results.violations.flatMap(describeViolation);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

for (const type of pageTypes()) {
  describe.skipIf(!type.built)(`${type.kind} ${type.path}${type.built ? '' : ` (skipped: ${type.file} is not built yet)`}`, () => {
    let opened: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      opened = await openPage(browser, type.path, { colorScheme: 'light' });
      // A redirecting page is checked where it lands.
      if (type.redirect) await opened.page.waitForURL((url) => !url.pathname.endsWith(type.path));
      if (type.waitFor) await opened.page.waitForSelector(type.waitFor);
    });
    // Closing the context (not only the page) waits until it is gone, before the browser closes.
    afterAll(() => opened?.page.context().close());

    it('axe, WCAG 2.2 A and AA, light mode: zero violations', async () => {
      expect(await axeViolations(opened.page)).toEqual([]);
    });

    // Dark mode has its own colours, so its own contrast to get right.
    it('axe, WCAG 2.2 A and AA, dark mode: zero violations', async () => {
      await opened.page.emulateMedia({ colorScheme: 'dark' });
      expect(await opened.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(opened.page)).toEqual([]);
    });

    it('no console error, failed request or HTTP error', () => {
      // A redirecting page may be left before its icon has loaded: that request is cut short, not failed.
      const cutShort = (problem: string) => type.redirect === true && /^request failed: .*\/favicon\.svg$/.test(problem);
      expect(opened.problems.filter((p) => !cutShort(p))).toEqual([]);
    });
  });
}
