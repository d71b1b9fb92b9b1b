import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandidates, realReport } from '../report.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';

const report = realReport();
const candidates = realCandidates();
const surname = (name: string) => name.split(' ').at(-1)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The candidates' surnames in the order the table shows them, without the [sic] mark. */
const tableOrder = (page: Page) =>
  page.locator('#results-table tbody th').evaluateAll((cells) =>
    cells.map((c) =>
      (c.textContent ?? '')
        .replace(/\[sic[^\]]*\]/, '')
        .trim()
        .split(' ')
        .at(-1),
    ),
  );

/** The names of the observers the table shows. */
async function shownObservers(page: Page): Promise<string[]> {
  return page.locator('#observer-table tbody tr:not([hidden]) th').allInnerTexts();
}

describe('/results/: sorting in Chromium and through the URL', () => {
  it('a click on "Votes" sorts most first, a second click least first; the URL keeps the sort', async () => {
    const { page, problems } = await openPage(browser, '/results/');
    expect(await tableOrder(page)).toEqual(candidates.map((c) => surname(c.name)));
    await page.getByRole('button', { name: 'Votes' }).click();
    const byVotes = [...candidates].sort((a, b) => b.votes - a.votes).map((c) => surname(c.name));
    expect(await tableOrder(page)).toEqual(byVotes);
    expect(await page.locator('th[data-sort-key="votes"]').getAttribute('aria-sort')).toBe('descending');
    expect(new URL(page.url()).search).toBe('?sort=votes&order=desc');
    await page.getByRole('button', { name: 'Votes' }).click();
    expect(await tableOrder(page)).toEqual([...byVotes].reverse());
    expect(await page.locator('[data-sort-status="results-table"]').innerText()).toBe('Sorted by Votes, ascending.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a sort in the URL applies on load: by name, Z to A', async () => {
    const { page } = await openPage(browser, '/results/?sort=name&order=desc');
    const names = candidates.map((c) => c.name).sort((a, b) => b.localeCompare(a));
    expect(await tableOrder(page)).toEqual(names.map(surname));
    expect(await page.locator('th[data-sort-key="name"]').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('the keyboard reaches and works the sort buttons', async () => {
    const { page } = await openPage(browser, '/results/');
    await page.getByRole('button', { name: 'Percentage' }).focus();
    await page.keyboard.press('Enter');
    expect((await tableOrder(page))[0]).toBe('Tokyaev');
    await page.close();
  });
});

describe('/observers/: filtering in Chromium and through the URL', () => {
  it('?group=odihr-eom-core-team&country=Germany shows the one German member of the core team', async () => {
    const { page, problems } = await openPage(browser, '/observers/?group=odihr-eom-core-team&country=Germany');
    expect(await shownObservers(page)).toEqual(['Zarona ISMAILOVA']);
    expect(await page.locator('select[name="group"]').inputValue()).toBe('odihr-eom-core-team');
    expect(await page.locator('#observer-count').innerText()).toBe('1 of 334 people shown.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('?q=peci finds Brunilda PEÇI, accents aside', async () => {
    const { page } = await openPage(browser, '/observers/?q=peci');
    expect(await shownObservers(page)).toEqual(['Brunilda PEÇI']);
    await page.close();
  });

  it('choosing a country and typing a name filter the list and write the URL; "Show everyone" clears both', async () => {
    const { page } = await openPage(browser, '/observers/');
    expect(await shownObservers(page)).toHaveLength(334);
    await page.locator('#observer-filter select[name="country"]').selectOption('Germany');
    expect(await shownObservers(page)).toHaveLength(46);
    expect(new URL(page.url()).searchParams.get('country')).toBe('Germany');
    await page.locator('#observer-filter input[name="q"]').fill('schwarz');
    const germans = report.observers.flatMap((g) => g.members).filter((m) => m.country === 'Germany' && /schwarz/i.test(m.surname));
    expect(await shownObservers(page)).toEqual(germans.map((m) => `${m.givenName} ${m.surname}`));
    expect(new URL(page.url()).search).toBe('?country=Germany&q=schwarz');
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await page.waitForFunction(() => location.search === '');
    expect(await shownObservers(page)).toHaveLength(334);
    await page.close();
  });

  it('an unknown country in the URL filters nothing', async () => {
    const { page } = await openPage(browser, '/observers/?country=Atlantis');
    expect(await shownObservers(page)).toHaveLength(334);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the full list shows and the filter form stays hidden; the results table keeps the printed order', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/observers/?country=Germany`);
    expect(await page.locator('#observer-table tbody tr:visible').count()).toBe(334);
    expect(await page.locator('#observer-filter').isVisible()).toBe(false);
    await page.goto(`${baseUrl()}/results/?sort=votes&order=desc`);
    expect(await tableOrder(page)).toEqual(candidates.map((c) => surname(c.name)));
    await context.close();
  });
});

describe('the charts on a phone, in dark mode and in print', () => {
  it('the votes chart fills its column at 360 and 1440 px, its text at least 14 px, its value right after each bar', async () => {
    for (const width of [360, 1440]) {
      const { page } = await openPage(browser, '/results/', { width });
      const chart = (await page.locator('#votes-chart').boundingBox())!;
      const column = (await page.locator('#votes-chart').evaluate((el) => el.parentElement!.getBoundingClientRect().width))!;
      expect(chart.x).toBeGreaterThanOrEqual(0);
      expect(chart.width).toBeCloseTo(column, 0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const bars = await page.locator('#votes-chart .bar').evaluateAll((rows) =>
        rows.map((row) => {
          const bar = row.querySelector('svg')!.getBoundingClientRect();
          const value = row.querySelector('.bar-value')!;
          return {
            right: bar.right,
            value: value.getBoundingClientRect().left,
            size: parseFloat(getComputedStyle(value).fontSize),
            bar: bar.width,
          };
        }),
      );
      for (const b of bars) {
        expect(b.size).toBeGreaterThanOrEqual(14);
        expect(b.value - b.right).toBeGreaterThanOrEqual(0);
        expect(b.value - b.right).toBeLessThan(10);
      }
      // The longest bar with its value spans the chart (less a few pixels of rounding).
      expect(bars[0].bar).toBeGreaterThan(chart.width * (width < 640 ? 0.6 : 0.5));
      await page.close();
    }
  });

  it('in dark mode the bars and labels are light on a dark page', async () => {
    const { page } = await openPage(browser, '/results/', { colorScheme: 'dark' });
    const colors = await page.evaluate(() => {
      const svg = document.querySelector('#votes-chart')!;
      return {
        bar: getComputedStyle(svg.querySelector('rect')!).fill,
        text: getComputedStyle(svg.querySelector('.bar-value')!).color,
        page: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    // Lightness from 0 to 1, whether the browser gives the colour as oklch() or rgb().
    const lightness = (css: string) => {
      const numbers = css.match(/[\d.]+/g)!.map(Number);
      return css.startsWith('oklch') ? numbers[0] : (numbers[0] + numbers[1] + numbers[2]) / 3 / 255;
    };
    expect(lightness(colors.page)).toBeLessThan(0.3);
    expect(lightness(colors.bar)).toBeGreaterThan(0.7);
    expect(lightness(colors.text)).toBeGreaterThan(0.7);
    await page.close();
  });

  it('in print the charts show and the filter form does not', async () => {
    const { page } = await openPage(browser, '/observers/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#country-chart').isVisible()).toBe(true);
    expect(await page.locator('#observer-filter').isVisible()).toBe(false);
    await page.close();
  });
});

describe('accessibility', () => {
  for (const path of ['/results/', '/observers/', '/observers/?country=Korea']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        // axe needs a page of an explicit context.
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
        await context.close();
      }
    });
  }
});
