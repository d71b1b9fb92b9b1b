import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, textOf } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every page type opens, with no console errors or failed requests', () => {
  const pages: [string, string, string][] = [
    ['home', '/', 'Republic of Kazakhstan: Early Presidential Election, 9 June 2019'],
    ['chapter', '/sections/election-day/', 'XIII. ELECTION DAY'],
    ['recommendations', '/recommendations/', 'Recommendations'],
    ['recommendation', '/recommendations/7/', 'Recommendation 7'],
    ['results', '/results/', 'ANNEX I: FINAL ELECTION RESULTS'],
    ['observers', '/observers/', 'ANNEX II: LIST OF OBSERVERS IN THE INTERNATIONAL ELECTION OBSERVATION MISSION'],
    ['search', '/search/?q=defamation', 'Search the report'],
  ];
  for (const [kind, path, heading] of pages) {
    it(kind, async () => {
      const { page, problems } = await openPage(browser, path);
      expect(await textOf(page, 'h1')).toContain(heading);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('404', async () => {
    const { page } = await openPage(browser, '/does-not-exist/');
    expect(await textOf(page, 'h1')).toBe('This page does not exist');
    await page.close();
  });
});

describe('footnotes', () => {
  it('a reference shows its note, which leads to the note at the end of the chapter, which links back', async () => {
    const { page } = await openPage(browser, '/sections/legal-framework-and-electoral-system/');
    await page.click('#fnref-16');
    await page.click('#footnote-popover .footnote-popover-jump');
    expect(page.url()).toMatch(/#fn-16$/);
    expect(await textOf(page, '#fn-16 .footnote-text')).toMatch(
      /^Including the 1966 International Covenant on Civil and Political Rights \(ICCPR\)/,
    );
    await page.click('#fn-16 a[role="doc-backlink"]');
    expect(page.url()).toMatch(/#fnref-16$/);
    await page.close();
  });
});

describe('recommendations', () => {
  it('a recommendation page links to the paragraph where it stands inline', async () => {
    const { page } = await openPage(browser, '/recommendations/7/');
    await page.getByRole('link', { name: /¶ \d+ of VIII\. Election Campaign/ }).click();
    await page.waitForURL(/\/sections\/election-campaign\/#p-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const callout = page.locator(`.recommendation:has(#${id})`);
    expect(await callout.getAttribute('data-recommendation')).toBe('7');
    expect(await textOf(page, `#${id}`)).toContain(
      'The authorities should develop safeguards to ensure a clear separation between state and party',
    );
    await page.close();
  });
});
