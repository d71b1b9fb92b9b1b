/**
 * Search without waiting and without moving: Pagefind loads ahead of the first query, the page keeps
 * the results' room (no layout shift), the header hints the browser to fetch the search files, and
 * focus goes to the results' heading after a submitted search but stays in the field while typing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { statusText, waitForAnswer } from './search-helpers.ts';
import { timeQuery } from '../bench/time-query.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('no waiting', () => {
  it('the first query after focusing the field runs warm', async () => {
    const { page, problems } = await openPage(browser, '/search/');
    await page.focus('#search-query');
    // Pagefind, its index entry and the lexicon load while the reader is still to type.
    await page.waitForLoadState('networkidle');
    // What the query fetches itself: only the fragments of its results, nothing of Pagefind or its index.
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const ms = await timeQuery(page, 'ballot box stuffing');
    console.log(`first query after focus: ${ms.toFixed(1)} ms`);
    const searchFiles = fetched.filter((path) => path.includes('/pagefind/') || path.endsWith('/lexicon.json'));
    expect(searchFiles.length).toBeGreaterThan(0);
    expect(searchFiles.filter((path) => !path.includes('/pagefind/fragment/'))).toEqual([]);
    // Under 50 ms on an idle machine; generous here, where the tests share the processor.
    expect(ms).toBeLessThan(300);
    expect(await statusText(page)).toMatch(/^\d+ results? for “ballot box stuffing”\./);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('focusing the header field hints the browser to fetch the search page and Pagefind', async () => {
    const { page } = await openPage(browser, '/sections/media/');
    expect(await page.locator('link[rel=prefetch]').count()).toBe(0);
    await page.focus('#site-search');
    const hinted = await page.$$eval('link[rel=prefetch]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    const base = new URL(baseUrl()).pathname.replace(/\/$/, '');
    expect(hinted).toEqual(expect.arrayContaining([`${base}/search/`, `${base}/pagefind/pagefind.js`, `${base}/search/lexicon.json`]));
    // Each hint names a file the site has.
    for (const path of hinted) expect((await page.request.get(new URL(path, baseUrl()).href)).status()).toBe(200);
    await page.close();
  });

  it('"/" opens the search page where the header shows no field', async () => {
    const { page } = await openPage(browser, '/sections/media/');
    // As on a phone, where the header may keep only a link to the search page.
    await page.evaluate(() => (document.getElementById('site-search')!.style.display = 'none'));
    await page.keyboard.press('/');
    await page.waitForURL(/\/search\/$/);
    await page.close();
  });
});

describe('nothing moves', () => {
  it('the search page with results shifts no layout on a phone (CLS below 0.02)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl()}/search/?q=election`, { waitUntil: 'load' });
    await waitForAnswer(page);
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    console.log(`CLS on /search/?q=election at 390×844: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.02);
    await context.close();
  });
});

describe('focus after a search', () => {
  it('moves to the results heading after Enter, which names the count', async () => {
    const { page } = await openPage(browser, '/search/');
    await page.fill('#search-query', 'defamation');
    await page.press('#search-query', 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'search-heading');
    expect(await page.locator('#search-heading').innerText()).toMatch(/^\d+ results for “defamation”\./);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.close();
  });

  it('moves to the results heading on arrival from the header form', async () => {
    const { page } = await openPage(browser, '/sections/election-day/');
    await page.fill('#site-search', 'Tokaev');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=Tokaev$/);
    await page.waitForFunction(() => document.activeElement?.id === 'search-heading');
    expect(await page.locator('#search-heading').innerText()).toMatch(/^\d+ results? for “Tokaev”\. Also searched: “Tokayev”/);
    await page.close();
  });

  it('stays in the field while the reader types and the page searches as they type', async () => {
    const { page } = await openPage(browser, '/search/');
    await page.focus('#search-query');
    await page.keyboard.type('Tokayev');
    await page.waitForURL(/\?q=Tokayev$/);
    await waitForAnswer(page);
    await page.waitForFunction(() => !document.getElementById('search-heading')!.hidden);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.close();
  });
});
