/** Search from the reader's side: landing on a result, the header field, keyboard and screen readers. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { openSearch, shownResults, statusText, waitForAnswer } from './search-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('landing on a result', () => {
  it('a deep link opens the paragraph with the searched words highlighted, in view', async () => {
    const { page, problems } = await openSearch(browser, '?q=ballot%20box%20stuffing');
    await page.click('a.deep-link[href*="#p-104"]');
    await page.waitForURL(/\/sections\/election-day\/\?highlight=ballot&highlight=box&highlight=stuffing#p-104$/);
    await page.waitForSelector('#p-104 mark.search-highlight');
    const marked = await page.locator('#p-104 mark.search-highlight').allInnerTexts();
    expect(marked.map((m) => m.toLowerCase())).toEqual(['ballot', 'box', 'stuffing', 'ballot', 'box', 'stuffing']);
    expect(await page.locator('#p-104 mark.search-highlight').first().isVisible()).toBe(true);
    const box = (await page.locator('#p-104 mark.search-highlight').first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    // The site's chrome is never marked.
    expect(await page.locator('header mark, nav mark, .pnum mark').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a footnote result of an exact search opens the note with its words highlighted', async () => {
    const { page } = await openSearch(browser, `?q=${encodeURIComponent('"Dariga Nazarbayeva"')}`);
    await page.click('#search-results h3 a');
    await page.waitForURL(/\/sections\/background-and-political-context\/\?highlight=dariga&highlight=nazarbayeva#fn-4$/i);
    await page.waitForSelector('#fn-4 mark.search-highlight');
    expect(await page.locator('#fn-4 mark.search-highlight').allInnerTexts()).toEqual(['Dariga', 'Nazarbayeva']);
    await page.close();
  });

  it('a page without a highlight parameter loads no search code', async () => {
    const { page, problems } = await openPage(browser, '/sections/media/');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(scripts.filter((s) => s.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('mark').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the header search field', () => {
  it('submits to the search page with the query', async () => {
    const { page } = await openPage(browser, '/sections/media/');
    await page.fill('#site-search', 'defamation');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${baseUrl()}/search/?q=defamation`);
    await waitForAnswer(page);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('"/" focuses it, except while typing in a field', async () => {
    const { page } = await openPage(browser, '/sections/media/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search')).toBe('a/b');
    await page.close();
  });

  it('"/" on the search page focuses the page\'s own field', async () => {
    const { page } = await openSearch(browser, '?q=defamation');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  it('the count is announced, and "Show more" moves focus to the first new result', async () => {
    const { page } = await openSearch(browser, '?q=Tokayev');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    const count = Number((await statusText(page)).match(/^(\d+) results for “Tokayev”\.$/)![1]);
    expect(count).toBeGreaterThan(10);
    expect(await shownResults(page)).toHaveLength(10);
    await page.focus('#search-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, count);
    const focused = await page.evaluate(() => {
      const items = [...document.querySelectorAll('#search-results > li')];
      return items.indexOf(document.activeElement!.closest('#search-results > li')!);
    });
    expect(focused).toBe(10);
    expect(await page.isHidden('#search-more')).toBe(true);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on the search page with results and filters (${colorScheme})`, async () => {
      // axe needs a page of its own context.
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/search/?q=defamation&kind=chapter`);
      await waitForAnswer(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
});
