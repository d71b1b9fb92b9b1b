import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPage } from './browser.ts';

/** A result as the search page shows it. */
export interface ShownResult {
  /** The title's text. */
  title: string;
  /** Where the title links: site path and anchor, without the highlight parameters (`/sections/media/#fn-62`). */
  href: string;
  /** Where the deep links below it lead, best first. */
  deepLinks: string[];
  /** The line under the title: "Footnote · in X. Media". */
  description: string;
}

/** Opens /search/ with a query string (`?q=defamation`) and waits until it has answered. */
export async function openSearch(browser: Browser, query: string, context?: BrowserContext) {
  const opened = await openPage(browser, `/search/${query}`, { context });
  await waitForAnswer(opened.page);
  return opened;
}

/** Waits until the latest search has been answered (the results list is no longer busy). */
export async function waitForAnswer(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
}

/** Presses "Show more" until every result is shown. */
export async function showAll(page: Page): Promise<void> {
  while (await page.isVisible('#search-more')) {
    const shown = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
  }
}

/** The results on the page, in order. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  const base = new URL(baseUrl()).pathname.replace(/\/$/, '');
  return page.$$eval(
    '#search-results > li',
    (items, base) => {
      const site = (a: HTMLAnchorElement) => `${new URL(a.href).pathname.slice(base.length)}${new URL(a.href).hash}`;
      return items.map((li) => {
        const title = li.querySelector<HTMLAnchorElement>('h3 a')!;
        return {
          title: title.textContent!.trim(),
          href: site(title),
          deepLinks: [...li.querySelectorAll<HTMLAnchorElement>('a.deep-link')].map(site),
          description: li.querySelector('h3 + p')!.textContent!.replace(/\s+/g, ' ').trim(),
        };
      });
    },
    base,
  );
}

/** The status line's text. */
export async function statusText(page: Page): Promise<string> {
  return (await page.locator('#search-status').innerText()).trim();
}
