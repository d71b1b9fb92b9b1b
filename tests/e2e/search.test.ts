/** The search index and the search page: filters, footnotes, what is indexed, the URL. In Chromium on the built site. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realReport } from '../report.ts';
import { launchBrowser, openPage } from './browser.ts';
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

describe('what is indexed', () => {
  // Each page of the report and each footnote is one record; the filter lists them without words.
  const pages = { chapter: 'Chapter', annex: 'Annex', about: 'About ODIHR' } as const;
  for (const [kind, label] of Object.entries(pages)) {
    const count = report.sections.filter((s) => s.kind === kind).length;
    it(`every ${label.toLowerCase()} page: ${count}`, async () => {
      const { page } = await openSearch(browser, `?kind=${kind}`);
      expect(await statusText(page)).toBe(`${count} ${count === 1 ? 'result' : 'results'} (${label}).`);
      await page.close();
    });
  }

  it(`every recommendation page: ${report.recommendations.length}`, async () => {
    const { page } = await openSearch(browser, '?kind=recommendation');
    await showAll(page);
    const shown = await shownResults(page);
    expect(shown.map((r) => r.href)).toEqual(report.recommendations.map((r) => `/recommendations/${r.number}/`));
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
