import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realReport } from '../report.ts';
import { baseUrl, launchBrowser, openPage, textOf } from './browser.ts';
import { builtPages, readPage, select, selectAll, textOf as htmlText } from './dist.ts';

const CHAPTER = '/sections/legal-framework-and-electoral-system/';
const NOTE_16 = /^Including the 1966 International Covenant on Civil and Political Rights \(ICCPR\)/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('footnotes in place', () => {
  it('open by mouse with the right note, close by Escape or a second click, focus back on the reference', async () => {
    const { page, problems } = await openPage(browser, CHAPTER);
    const popover = page.locator('#footnote-popover');
    await page.click('#fnref-16');
    await expect.poll(() => popover.evaluate((e) => e.matches(':popover-open'))).toBe(true);
    expect(await textOf(page, '#footnote-popover .footnote-popover-text')).toMatch(NOTE_16);
    expect(await popover.getAttribute('role')).toBe('dialog');
    expect(await popover.getAttribute('aria-label')).toBe('Footnote 16');
    expect(await page.getAttribute('#fnref-16', 'aria-expanded')).toBe('true');
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    expect(await popover.evaluate((e) => e.matches(':popover-open'))).toBe(false);
    // The popover's toggle event, which updates these, fires after the key press.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fnref-16');
    await expect.poll(() => page.getAttribute('#fnref-16', 'aria-expanded')).toBe('false');
    await page.click('#fnref-17');
    expect(await textOf(page, '#footnote-popover .footnote-popover-text')).toMatch(
      /^Other relevant laws include the Constitutional Law on the President/,
    );
    await page.click('#fnref-17');
    expect(await popover.evaluate((e) => e.matches(':popover-open'))).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('open and close by keyboard alone', async () => {
    const { page } = await openPage(browser, CHAPTER);
    await page.focus('#fnref-16');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('footnote-popover');
    expect(await page.locator('#footnote-popover .footnote-popover-title').textContent()).toBe('Footnote 16');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close footnote');
    await page.keyboard.press('Enter');
    expect(await page.locator('#footnote-popover').evaluate((e) => e.matches(':popover-open'))).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fnref-16');
    await page.close();
  });

  it('on a 360 px phone the popover leaves the reference and its line in view', async () => {
    const { page } = await openPage(browser, CHAPTER, { width: 360 });
    await page.click('#fnref-20');
    const note = await page.locator('#footnote-popover').boundingBox();
    const reference = await page.locator('#fnref-20').boundingBox();
    expect(reference!.y).toBeGreaterThan(0);
    expect(reference!.y + reference!.height).toBeLessThanOrEqual(note!.y);
    expect(note!.width).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('without JavaScript a reference jumps to the note, which links back', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${CHAPTER}`);
    await page.click('#fnref-16');
    expect(new URL(page.url()).hash).toBe('#fn-16');
    expect(await textOf(page, '#fn-16 .footnote-text')).toMatch(NOTE_16);
    await context.close();
  });
});

describe('paragraph permalinks', () => {
  it('a paragraph URL lands on that paragraph, marked as the target', async () => {
    const { page } = await openPage(browser, '/sections/election-day/#p-100');
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('p-100');
    expect(await page.locator('#p-100').isVisible()).toBe(true);
    const box = await page.locator('#p-100').boundingBox();
    expect(box!.y).toBeLessThan(900);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('the number in the margin copies the paragraph URL and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sections/media/`);
    await page.click('#p-72 a.pnum');
    expect(new URL(page.url()).hash).toBe('#p-72');
    await expect.poll(() => page.locator('#copy-status').innerText()).toBe('Link to ¶ 72 copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/sections/media/#p-72`);
    await context.close();
  });
});

describe('recommendations and cross-references in context', () => {
  const report = realReport();
  const sectionPages = builtPages().filter((p) => p.startsWith('sections/'));

  it('every recommendation callout (inline and listed) links to its page', () => {
    const callouts = sectionPages.flatMap((p) => selectAll('.recommendation', readPage(p)));
    expect(callouts).toHaveLength(62);
    for (const callout of callouts) {
      const n = callout.properties.dataRecommendation;
      const link = select('.recommendation-label a', callout)!;
      expect(link.properties.href).toMatch(new RegExp(`/recommendations/${n}/$`));
      expect(htmlText(link)).toBe(`Recommendation ${n}`);
      expect(builtPages()).toContain(`recommendations/${n}/index.html`);
      const priority = report.recommendations[Number(n) - 1].priority;
      expect(callout.properties.ariaLabel).toBe(`Recommendation ${n}${priority ? ' (priority)' : ''}`);
    }
  });

  it('every cross-reference links to the chapter or subsection it names', () => {
    const crossLinks = sectionPages.flatMap((p) => selectAll('.report-text em a', readPage(p)));
    expect(crossLinks.map(htmlText).sort()).toEqual(
      [
        'Candidate Registration',
        'Complaints and Appeals',
        'Election Administration',
        'Election Campaign',
        'Election Day',
        'Post-Election Developments',
        'Post-Election Developments',
        'Voter Registration',
        'Voter Registration',
      ].sort(),
    );
    for (const link of crossLinks) {
      const href = String(link.properties.href);
      const [path, anchor] = href.split('#');
      const page = readPage(`${path.replace(new URL(baseUrl()).pathname.replace(/\/$/, ''), '').replace(/^\//, '')}index.html`);
      const heading = anchor ? select(`#${anchor}`, page) : select('h1', page);
      expect(htmlText(heading!).toLowerCase()).toContain(htmlText(link).toLowerCase());
    }
  });
});

describe('accessibility of a chapter page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no WCAG 2.2 A/AA violation in ${colorScheme} mode, with a footnote open`, async () => {
      const { page } = await openPage(browser, '/sections/election-day/', { colorScheme });
      const before = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(before.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.click('#fnref-95');
      const open = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.close();
    });
  }
});
