/** Parameters and fragments no link of the site writes: malformed input is ignored, never thrown. In Chromium on the built site. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

/** [address, what must still work there (a selector), why]. */
const CASES: [string, string | undefined, string][] = [
  [
    '/sections/election-day/?highlight=ballot#%E0%A4%A',
    'mark.search-highlight',
    'a truncated UTF-8 escape in the fragment: the words are still marked',
  ],
  ['/sections/election-day/?highlight=ballot#%', 'mark.search-highlight', 'a lone percent sign as the fragment'],
  ['/sections/election-day/?highlight=%E0%A4%A&highlight=ballot', 'mark.search-highlight', 'one malformed highlight among good ones'],
  ['/sections/election-day/?highlight=%FF#p-%ED%A0%80', undefined, 'nothing but malformed input'],
  ['/search/?q=%E0%A4%A&kind=%FF&chapter=%', undefined, 'a malformed search and filters'],
  ['/search/?q=defamation&priority=%E0%A4%A', '#search-results li', 'a good search with a malformed filter'],
  ['/recommendations/?priority=%E0%A4%A&topic=%FF#%E0', undefined, 'malformed recommendation filters'],
  ['/observers/?q=%E0%A4%A&group=%FF&country=%&sort=%E0&order=%ZZ', undefined, 'malformed observer filter and sort'],
  ['/results/?sort=%E0%A4%A&order=%FF#%', undefined, 'a malformed table sort'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('malformed parameters and fragments are ignored', () => {
  for (const [path, selector, why] of CASES) {
    it(`${path} (${why}): no page error`, async () => {
      const { page, problems } = await openPage(browser, path);
      if (selector) await page.waitForSelector(selector);
      // What the page does after loading (Pagefind's highlighter, a search) has finished when the network is quiet.
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
