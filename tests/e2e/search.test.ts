/** The search page and the search features of every page, in Chromium on the built site. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realReport } from '../report.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { openSearch, showAll, shownResults, statusText, waitForAnswer } from './search-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const report = realReport();
const priority = report.recommendations.filter((r) => r.priority).map((r) => r.number);

describe('filters', () => {
  it(`kind=recommendation with priority=yes lists the ${priority.length} priority recommendations, in order`, async () => {
    const { page, problems } = await openSearch(browser, '?kind=recommendation&priority=yes');
    await showAll(page);
    const shown = await shownResults(page);
    expect(shown.map((r) => r.href)).toEqual(priority.map((n) => `/recommendations/${n}/`));
    expect(shown.every((r) => r.description.startsWith('Recommendation · priority'))).toBe(true);
    expect(await statusText(page)).toBe(`${priority.length} results (Recommendation, Priority).`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('with words, the filters narrow the results and each count says what picking it gives', async () => {
    const { page } = await openSearch(browser, '?q=should');
    const all = Number((await statusText(page)).match(/^(\d+) results/)![1]);
    const kindOption = (label: string) => page.locator('#filter-kind option', { hasText: label }).innerText();
    const recommendations = Number((await kindOption('Recommendation')).match(/\((\d+)\)/)![1]);
    await page.selectOption('#filter-kind', 'recommendation');
    await page.selectOption('#filter-priority', 'yes');
    await page.waitForURL(/priority=yes/);
    await waitForAnswer(page);
    await showAll(page);
    const narrowed = await shownResults(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    expect(narrowed.filter((r) => !priority.some((n) => r.href === `/recommendations/${n}/`))).toEqual([]);
    // The kind's counts keep the priority filter; the priority's counts keep the kind filter.
    expect(await kindOption('Recommendation')).toBe(`Recommendation (${narrowed.length})`);
    const [yes, no] = await page.locator('#filter-priority option[value]:not([value=""])').allInnerTexts();
    expect(Number(yes.match(/\((\d+)\)/)![1]) + Number(no.match(/\((\d+)\)/)![1])).toBe(recommendations);
    await page.close();
  });

  it('a chapter filter keeps that chapter, its recommendations and its footnotes', async () => {
    const { page } = await openSearch(browser, '?q=media&chapter=media');
    await showAll(page);
    const shown = await shownResults(page);
    expect(shown.length).toBeGreaterThan(3);
    for (const r of shown) expect(r.href).toMatch(/^\/sections\/media\/|^\/recommendations\/\d+\/$/);
    expect(shown.filter((r) => r.href.startsWith('/recommendations/')).every((r) => r.description.endsWith('stands in X. Media'))).toBe(
      true,
    );
    await page.close();
  });
});

describe('footnotes', () => {
  it(`all ${report.footnotes.length} footnotes are records of their own, each linking to its note`, async () => {
    const { page } = await openSearch(browser, '?kind=footnote');
    expect(await statusText(page)).toBe(`${report.footnotes.length} results (Footnote).`);
    const first = (await shownResults(page)).slice(0, 2);
    expect(first.map((r) => [r.title, r.href])).toEqual([
      ['Footnote 1', '/#fn-1'],
      ['Footnote 2', '/sections/introduction-and-acknowledgments/#fn-2'],
    ]);
    await page.close();
  });

  it("a note's words find the note once, not its chapter page as well", async () => {
    const { page } = await openSearch(browser, '?q=Dariga%20Nazarbayeva');
    expect((await shownResults(page)).map((r) => [r.href, r.description])).toEqual([
      ['/sections/background-and-political-context/#fn-4', 'Footnote · in III. Background and Political Context'],
    ]);
    await page.close();
  });
});

describe('only the report is indexed', () => {
  // Phrases that stand on the pages, inside <main>, but are the site's words, not the report's.
  for (const phrase of ['printed report', 'In this chapter', 'It stands in', 'Back to reference']) {
    it(`"${phrase}" finds nothing`, async () => {
      const { page } = await openSearch(browser, `?q=${encodeURIComponent(`"${phrase}"`)}`);
      expect(await statusText(page)).toMatch(/^No results/);
      await page.close();
    });
  }
});

describe('the URL holds the search', () => {
  it('/search/?q=…&kind=… restores the search on load', async () => {
    const { page } = await openSearch(browser, '?q=defamation&kind=recommendation');
    expect(await page.inputValue('#search-query')).toBe('defamation');
    expect(await page.inputValue('#filter-kind')).toBe('recommendation');
    const shown = await shownResults(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r.href.startsWith('/recommendations/'))).toBe(true);
    await page.close();
  });

  it('typing, filtering and the back button move through the searches', async () => {
    const { page } = await openPage(browser, '/search/');
    await page.fill('#search-query', 'Tokayev');
    await page.waitForURL(/\?q=Tokayev$/);
    await waitForAnswer(page);
    const before = await statusText(page);
    await page.selectOption('#filter-kind', 'footnote');
    await page.waitForURL(/\?q=Tokayev&kind=footnote$/);
    await waitForAnswer(page);
    expect(await statusText(page)).toMatch(/\(Footnote\)\.$/);
    await page.goBack();
    await page.waitForURL(/\?q=Tokayev$/);
    expect(await page.inputValue('#filter-kind')).toBe('');
    await page.waitForFunction((text) => document.getElementById('search-status')!.textContent === text, before);
    await page.goBack();
    await page.waitForURL(/\/search\/$/);
    expect(await page.inputValue('#search-query')).toBe('');
    await page.close();
  });
});

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
    await page.click('#search-results h2 a');
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
