import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser.ts';
import { readPage, selectAll } from './dist.ts';

const CHAPTER = '/sections/election-day/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** WCAG 2.2 target size (minimum), 2.5.8. */
const TARGET = 24;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens a page at a viewport size, in a context of its own that closes with it. */
async function open(path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  return page;
}

/** Width and height of every element a selector matches, as laid out. */
const boxes = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((e) => ({ label: e.getAttribute('aria-label') ?? e.textContent, ...e.getBoundingClientRect().toJSON() })),
  );

describe('the text first on a phone (390×844)', () => {
  it('has a header at most 64 px tall, with search behind a button and the sections in a menu', async () => {
    const page = await open(CHAPTER, PHONE);
    expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(64);
    expect(await page.locator('#site-search').isVisible()).toBe(false);
    const search = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true });
    expect(await search.getAttribute('href')).toBe('/search/');
    expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Recommendations' }).isVisible()).toBe(false);
    await page.getByRole('banner').getByText('Menu').click();
    expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Recommendations' }).isVisible()).toBe(true);
    await page.close();
  });

  it("shows the chapter's first paragraph in the first screen", async () => {
    const page = await open(CHAPTER, PHONE);
    const first = page.locator('main .report-text p.para').first();
    expect(await first.getAttribute('id')).toBe('p-98');
    expect(await first.innerText()).toMatch(/Election day was efficiently organized/);
    // Its first two lines, not just its top edge.
    expect((await first.boundingBox())!.y + 60).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  it('lists the chapters once, in a menu that opens on a tap', async () => {
    const page = await open(CHAPTER, PHONE);
    const chapters = page.getByRole('navigation', { name: 'Chapters' });
    expect(await page.locator('nav[aria-label*="hapters"]').count()).toBe(1);
    const current = chapters.locator('a[aria-current="page"]');
    expect(await current.isVisible()).toBe(false);
    await page.getByText('Chapters', { exact: true }).click();
    expect(await current.innerText()).toBe('XIII. Election Day');
    expect(await current.isVisible()).toBe(true);
    // Every chapter page of the built site has exactly one list of the chapters.
    const html = readPage('sections/election-day/index.html');
    expect(selectAll(`a[href="${CHAPTER}"]`, html).filter((a) => a.properties.ariaCurrent === 'page')).toHaveLength(1);
    await page.close();
  });
});

describe('the chapter menu on a wide screen (1440×900)', () => {
  it('is the sidebar, open without a click, and the search field is in the header', async () => {
    const page = await open(CHAPTER, DESKTOP);
    const current = page.getByRole('navigation', { name: 'Chapters' }).locator('a[aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    expect((await current.boundingBox())!.x).toBeLessThan(400);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(64);
    await page.close();
  });
});

describe(`targets of at least ${TARGET}×${TARGET} px (WCAG 2.2, 2.5.8)`, () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`footnote references, ¶ links and back-links at ${viewport.width} px`, async () => {
      const page = await open(CHAPTER, viewport);
      const notes = await boxes(page, 'main a[role="doc-noteref"]');
      const paragraphs = await boxes(page, 'main a.pnum');
      const backlinks = await boxes(page, 'main a[role="doc-backlink"]');
      // Chapter XIII: ¶ 98–114 and footnotes 90–100.
      expect(paragraphs).toHaveLength(17);
      expect(notes).toHaveLength(11);
      expect(backlinks).toHaveLength(11);
      for (const box of [...notes, ...paragraphs, ...backlinks]) {
        expect(box.width, String(box.label)).toBeGreaterThanOrEqual(TARGET);
        expect(box.height, String(box.label)).toBeGreaterThanOrEqual(TARGET);
      }
      await page.close();
    });
  }

  it('shows the ¶ mark without hover on a phone', async () => {
    const page = await open(CHAPTER, PHONE);
    const mark = await page.locator('#p-98 a.pnum').evaluate((a) => getComputedStyle(a, '::before').content);
    expect(mark).toBe('"¶"');
    expect(await page.locator('#p-98 a.pnum').isVisible()).toBe(true);
    await page.close();
  });
});

describe('keyboard', () => {
  it('skip link lands on the text: the next Tab reaches the first link inside it, footnote 90 five Tabs on', async () => {
    const page = await open(CHAPTER, DESKTOP);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const focused = document.activeElement!;
      const firstLink = document.querySelector('main a[href], main button, main summary')!;
      return { inMain: focused.closest('main') !== null, isFirst: focused === firstLink, text: focused.textContent };
    });
    expect(first).toEqual({ inMain: true, isFirst: true, text: 'A. Opening and Voting' });
    // Then B and C of "In this chapter", ¶ 98, and footnote 90 (it took 23 Tabs through the sidebar before).
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-90');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every link and control shows where focus is (${colorScheme})`, async () => {
      for (const [path, viewport] of [
        [CHAPTER, DESKTOP],
        [CHAPTER, PHONE],
        ['/observers/', DESKTOP],
      ] as const) {
        const page = await open(path, viewport, colorScheme);
        const seen: string[] = [];
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement;
            const style = getComputedStyle(element);
            const outlined =
              style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
            const filled = style.backgroundColor === 'rgb(255, 221, 0)';
            return { what: `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`, visible: outlined || filled };
          });
          expect(focus.visible, `${path} at ${viewport.width} px: ${focus.what}`).toBe(true);
          seen.push(focus.what);
        }
        expect(new Set(seen).size).toBeGreaterThan(10);
        await page.close();
      }
    });
  }
});

describe('page frame', () => {
  it('keeps the footer at the bottom of a short page', async () => {
    const page = await open('/404.html', DESKTOP);
    const footer = (await page.locator('body > footer').boundingBox())!;
    expect(Math.round(footer.y + footer.height)).toBe(DESKTOP.height);
    await page.close();
  });

  it("makes the observers' filter buttons as tall as its selects", async () => {
    const page = await open('/observers/', DESKTOP);
    const select = (await page.locator('#observer-filter select').first().boundingBox())!.height;
    for (const button of await page.locator('#observer-filter button').all()) expect((await button.boundingBox())!.height).toBe(select);
    await page.close();
  });
});

describe('fonts', () => {
  it('are self-hosted, the text face preloaded, at most 100 KB on a first visit', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const fonts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'font') fonts.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(`${baseUrl()}${CHAPTER}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.url.startsWith(baseUrl())).toBe(true);
    expect(fonts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(100 * 1024);
    const preload = await page.getAttribute('link[rel="preload"][as="font"]', 'href');
    expect(fonts.map((f) => new URL(f.url).pathname)).toContain(preload);
    expect(await page.evaluate(() => document.fonts.check('1rem "Source Serif 4"'))).toBe(true);
    expect(
      await page
        .locator('main .report-text p.para')
        .first()
        .evaluate((p) => getComputedStyle(p).fontFamily),
    ).toMatch(/^"Source Serif 4"/);
    await context.close();
  });
});
