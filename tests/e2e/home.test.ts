import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const home = readPage('index.html');
/** The paragraph a link of the home page points to, in its built chapter page. */
const target = (href: string) => {
  const [path, id] = href.split('#');
  return select(`#${id}`, readPage(`${path.replace(/^\//, '')}index.html`));
};
/** Lightness from 0 to 1, whether the browser gives the colour as oklch() or rgb(). */
const lightness = (css: string) => {
  const numbers = css.match(/[\d.]+/g)!.map(Number);
  return css.startsWith('oklch') ? numbers[0] : (numbers[0] + numbers[1] + numbers[2]) / 3 / 255;
};
const answer = (key: string) => select(`[data-answer="${key}"]`, home)!;

describe('the home page answers first (built HTML)', () => {
  it("quotes the overall assessment from the executive summary's ¶ 2, its attribution set apart, linked to the paragraph", () => {
    const assessment = select('#assessment', home)!;
    expect(textOf(select('blockquote', assessment)!)).toBe(
      'The Statement of Preliminary Findings and Conclusions issued by the IEOM on 10 June concluded that the election “offered an important moment for potential political reforms, but it was tarnished by clear violations of fundamental freedoms as well as pressure on critical voices. […]”',
    );
    const link = select('figcaption a', assessment)!;
    expect(link.properties.href).toBe('/sections/executive-summary/#p-2');
    expect(textOf(link)).toBe('¶ 2');
    expect(textOf(target('/sections/executive-summary/#p-2')!)).toContain(
      'concluded that the election “offered an important moment for potential political reforms, but it was tarnished by clear violations',
    );
  });

  it('names the winner as Annex I prints him (Tokyaev, marked [sic]) with 70.96%, noting ¶ 116 gives 70.76%', () => {
    const leader = textOf(answer('leader'));
    expect(leader).toMatch(
      /^Winner Kassym-Jomart Tokyaev\[sic: [^\]]+\] 70\.96% of the votes As printed in Annex I; the text gives 70\.76% in ¶ 116\.$/,
    );
    const links = selectAll('a', answer('leader')).map((a) => a.properties.href);
    expect(links).toEqual(['/results/', '/sections/post-election-developments/#p-116']);
    expect(textOf(target('/sections/post-election-developments/#p-116')!)).toContain('as the winner with 70.76 per cent of the vote');
  });

  it('gives the turnout of Annex I, 77.5%, with who voted of how many registered', () => {
    expect(textOf(answer('turnout'))).toBe('Turnout 77.5% 9,274,110 of 11,960,364 registered voters');
  });

  it('puts the observers the report states (339, ¶ 17) beside those Annex II lists (334)', () => {
    expect(textOf(answer('observers'))).toBe(
      'Observers 339 stated 334 listed Observers in total: stated in ¶ 17, listed in Annex II, 5 fewer.',
    );
    const [stated, listed] = selectAll('a', answer('observers')).map((a) => a.properties.href as string);
    expect(textOf(target(stated)!)).toContain('In total, 339 observers from 40 countries were deployed');
    expect(listed).toBe('/observers/');
  });

  it('charts the 7 candidates, most votes first, the winner set apart in weight and words as well as colour', () => {
    const bars = selectAll('#home-chart .bar', home);
    expect(bars).toHaveLength(7);
    expect(bars.map((b) => textOf(select('.bar-value', b)!))).toEqual(['70.96%', '16.23%', '5.05%', '3.04%', '1.98%', '1.82%', '0.92%']);
    expect(bars.map((b) => b.properties.dataHighlight !== undefined)).toEqual([true, false, false, false, false, false, false]);
    expect(textOf(select('.bar-label', bars[0])!)).toBe('Kassym-Jomart Tokyaev [sic] winner');
    expect(String(select('.bar-label', bars[0])!.properties.className)).toContain('font-semibold');
    expect(textOf(select('#home-chart-caption', home)!)).toBe('Share of the votes by candidate');
  });

  it('then the contents and the 11 priority recommendations, after the answers', () => {
    const ids = selectAll('main section[aria-labelledby], main section[id]', home).map(
      (s) => s.properties.id ?? s.properties.ariaLabelledBy,
    );
    const order = ['in-brief', 'contents', 'priority'].map((id) => ids.findIndex((x) => String(x) === id));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(textOf(select('#priority', home)!)).toBe('The 11 priority recommendations');
  });
});

describe('the home page in a browser: answers in the first screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const bottom = async (page: import('playwright-core').Page, selector: string) => {
    const box = (await page.locator(selector).boundingBox())!;
    return box.y + box.height;
  };

  it('at 1440×900, light and dark: the assessment, winner, turnout, observers and the whole chart, the chart as wide as the answers', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await openPage(browser, '/', { colorScheme, width: 1440 });
      await page.setViewportSize({ width: 1440, height: 900 });
      for (const selector of ['#assessment', '#key-answers', '#home-chart'])
        expect(await bottom(page, selector), selector).toBeLessThanOrEqual(900);
      const chart = (await page.locator('#home-chart').boundingBox())!;
      const answers = (await page.locator('#in-brief').boundingBox())!;
      expect(chart.width).toBeCloseTo(answers.width, 0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it("at 390×844: the assessment and the winner's share in the first screen; nothing wider than the screen", async () => {
    const { page } = await openPage(browser, '/', { width: 390 });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await bottom(page, '#assessment blockquote')).toBeLessThanOrEqual(844);
    expect(await bottom(page, '[data-answer="leader"] dd:nth-of-type(2)')).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const chart = (await page.locator('#home-chart').boundingBox())!;
    expect(chart.x + chart.width).toBeLessThanOrEqual(390 - 15);
    expect(chart.width).toBeGreaterThan(340);
    await page.close();
  });

  it('the winner bar is darker than the others in light mode and lighter in dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, '/', { colorScheme });
      const fills = (await page.locator('#home-chart rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill))).map(
        lightness,
      );
      for (const other of fills.slice(1)) expect(colorScheme === 'light' ? fills[0] < other : fills[0] > other).toBe(true);
      await page.close();
    }
  });
});
