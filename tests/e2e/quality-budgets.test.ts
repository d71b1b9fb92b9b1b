import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSS_GZIP, isReadingPage, READING_JS_GZIP } from '../../scripts/bench/budgets.ts';
import { downloadsOf, weigh } from '../../scripts/bench/page-weight.ts';
import { baseUrl, launchBrowser } from './browser.ts';
import { pageTypes } from './quality-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The byte budgets of `npm run bench`, kept by every test run (Lighthouse and build time are the
// benchmark's: too slow, and too dependent on the machine, for a gate).
describe(`budgets on a first visit: JS ≤ ${READING_JS_GZIP} B gzip on reading pages, CSS ≤ ${CSS_GZIP} B gzip everywhere`, () => {
  for (const type of pageTypes()) {
    it.skipIf(!type.built)(`${type.kind}${type.built ? '' : ` (skipped: ${type.file} is not built yet)`}`, async () => {
      const context = await browser.newContext();
      const downloads = await downloadsOf(context, `${baseUrl()}${type.path}`, type.waitFor);
      await context.close();
      const weight = weigh(downloads);
      // The page and its stylesheet were really measured.
      expect(weight.html.raw).toBeGreaterThan(1000);
      expect(weight.css.raw).toBeGreaterThan(1000);
      expect(weight.css.gzip).toBeLessThanOrEqual(CSS_GZIP);
      if (isReadingPage(type.kind)) expect(weight.js.gzip).toBeLessThanOrEqual(READING_JS_GZIP);
    });
  }
});
