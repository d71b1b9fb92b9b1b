import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { citeRecommendation } from '../../src/lib/citation.ts';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { listedPages, realReport } from '../report.ts';
import { topicsInListOrder } from '../../src/lib/recommendation-topics.ts';
import { baseUrl, launchBrowser, openPage, textOf } from './browser.ts';

const recommendations = realReport().recommendations;
const topics = topicsInListOrder(recommendations);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Chooses a priority filter as a reader does: by its label (the radio button itself is visually hidden). */
const choose = (page: Page, name: 'All' | 'Priority' | 'Other') =>
  page
    .locator('#recommendation-filters label')
    .filter({ hasText: new RegExp(`^${name}`) })
    .click();

/** Numbers of the recommendations the page shows now. */
const visible = (page: Page) =>
  page.locator('.recommendation-item:visible').evaluateAll((items) => items.map((li) => Number(li.id.replace('r-', ''))));

describe('filters of /recommendations/', () => {
  it('count 11 priority, 20 other and each topic, combine, and keep their state in the URL', async () => {
    const { page, problems } = await openPage(browser, '/recommendations/');
    expect(await visible(page)).toHaveLength(31);
    expect(await textOf(page, '#recommendation-summary')).toBe('Showing all 31 recommendations');
    expect(await textOf(page, '#recommendation-filters fieldset')).toBe('Priority All (31) Priority (11) Other (20)');

    await choose(page, 'Priority');
    expect(await visible(page)).toEqual(recommendations.filter((r) => r.priority).map((r) => r.number));
    expect(await textOf(page, '#recommendation-summary')).toBe('Showing 11 of 31 recommendations');
    expect(new URL(page.url()).search).toBe('?priority=yes');
    await choose(page, 'Other');
    expect(await visible(page)).toHaveLength(20);
    expect(await page.locator('#priority-recommendations').isVisible()).toBe(false);

    await choose(page, 'All');
    for (const topic of topics) {
      await page.getByLabel('Topic').selectOption(topic.slug);
      expect(await visible(page), topic.slug).toEqual(recommendations.filter((r) => r.topicSlug === topic.slug).map((r) => r.number));
      expect(await page.locator(`option[value="${topic.slug}"]`).textContent()).toBe(`${topic.name} (${topic.count})`);
    }
    await page.getByLabel('Topic').selectOption('media');
    await choose(page, 'Priority');
    expect(await visible(page)).toEqual([8]);
    expect(new URL(page.url()).search).toBe('?priority=yes&topic=media');
    // Each option counts what choosing it would show.
    expect(await textOf(page, '#recommendation-filters fieldset')).toBe('Priority All (5) Priority (1) Other (4)');

    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await visible(page)).toHaveLength(31);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('read a shared URL', async () => {
    const cases: [string, number[]][] = [
      ['?priority=yes&topic=media', [8]],
      ['?topic=media', [8, 21, 22, 23, 24]],
      ['?priority=no', recommendations.filter((r) => !r.priority).map((r) => r.number)],
      ['?priority=no&topic=post-election-developments', []],
      ['?topic=no-such-topic', recommendations.map((r) => r.number)],
    ];
    for (const [query, expected] of cases) {
      const { page } = await openPage(browser, `/recommendations/${query}`);
      expect(await visible(page), query).toEqual(expected);
      expect(await textOf(page, '#recommendation-summary')).toBe(
        expected.length === 31 ? 'Showing all 31 recommendations' : `Showing ${expected.length} of 31 recommendations`,
      );
      await page.close();
    }
  });

  it('leave the full list, and no filters, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/recommendations/?priority=yes&topic=media`);
    expect(await visible(page)).toHaveLength(31);
    expect(await page.locator('#recommendation-filters').isVisible()).toBe(false);
    await context.close();
  });

  it('announce the summary politely', async () => {
    const { page } = await openPage(browser, '/recommendations/');
    expect(await page.locator('#recommendation-summary').getAttribute('role')).toBe('status');
    await page.close();
  });
});

describe('a recommendation page', () => {
  it('/r/7/ leads to recommendation 7', async () => {
    const { page, problems } = await openPage(browser, '/r/7/');
    await page.waitForURL(/\/recommendations\/7\/$/);
    expect(await textOf(page, 'h1')).toBe('Recommendation 7 priority');
    // The redirect page is left before its icon has loaded: that request is cut short, not failed.
    expect(problems.filter((p) => !/favicon\.svg$/.test(p))).toEqual([]);
    await page.close();
  });

  it('copies its link, citation, BibTeX, RIS and CSL-JSON, as links to where the reader is', async () => {
    const { page, problems } = await openPage(browser, '/recommendations/7/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole('button', { name: 'Copy link' }).click();
    // The page names the configured site; served from elsewhere (here, a local server), the links it
    // gives to copy lead back to where the reader is.
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https:\/\/odihr-kz-2019\.example\.org\//);
    await expect.poll(clipboard).toBe(`${baseUrl()}/recommendations/7/`);
    expect(await textOf(page, '#citation-link')).toBe(`${baseUrl()}/recommendations/7/`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    // The citation carries the printed page and the reader's date, as a citation of a web page should.
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect.poll(clipboard).toBe(`${citeRecommendation(realReport().meta, 7, listedPages(7)).text} Accessed ${today}.`);
    await expect.poll(() => textOf(page, '#copy-status')).toBe('Citation copied');
    // Each format, copied, reads back (with Citation.js) to the recommendation's page, printed page and address.
    for (const format of ['BibTeX', 'RIS', 'CSL-JSON']) {
      await page.getByRole('button', { name: `Copy ${format}` }).click();
      await expect.poll(() => textOf(page, '#copy-status')).toBe(`${format} copied`);
      const [item] = new Cite(await clipboard()).data;
      expect(item, format).toMatchObject({ title: realReport().meta.title, page: '26', URL: `${baseUrl()}/recommendations/7/` });
    }
    expect(await clipboard()).toContain('"note": "Recommendation 7"');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('its footnote references lead to the notes quoted on the page, and back, even without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/recommendations/7/`);
    await page.click('#noteref-56');
    expect(page.url()).toMatch(/#note-56$/);
    expect(await textOf(page, '#note-56')).toMatch(/^\S/);
    await page.click('#note-56 a[role="doc-backlink"]');
    expect(page.url()).toMatch(/#noteref-56$/);
    await context.close();
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const path of ['/recommendations/', '/recommendations/?topic=media', '/recommendations/18/', '/recommendations/31/', '/data/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} in ${colorScheme}`, async () => {
        // axe needs a page of a context of its own.
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }
});
