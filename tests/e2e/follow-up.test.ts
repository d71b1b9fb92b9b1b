/** The follow-up of earlier recommendations on the built site: its section, its links, its data and its search record. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realReport } from '../report.ts';
import { launchBrowser } from './browser.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';
import { openSearch, shownResults } from './search-helpers.ts';

const report = realReport();
const followUp = report.followUp!;
const note = followUp.footnote!;
const page = readPage('recommendations/index.html');
const section = select('section#follow-up', page)!;

describe('the section "Follow-up of earlier recommendations" on /recommendations/', () => {
  it(`shows each of the ${followUp.assessments.length} assessments of footnote ${note} once, in words and by a mark`, () => {
    const rows = selectAll('tbody tr', section);
    expect(rows).toHaveLength(followUp.assessments.length);
    for (const a of followUp.assessments) {
      const row = rows.find(
        (r) =>
          textOf(select('th', r)!) === String(a.recommendation) && select('td', r) && r.properties.id!.toString().includes(String(a.year)),
      );
      expect(row, `${a.report} #${a.recommendation}`).toBeDefined();
      expect(textOf(select('td', row!)!)).toBe(a.status);
      expect(select('svg.follow-up-mark[aria-hidden="true"]', row!)).toBeTruthy();
    }
  });

  it('has a table per earlier report, captioned with its name as the report gives it', () => {
    const captions = selectAll('table caption', section).map((c) => selectAll('span', c).map(textOf));
    expect(captions).toEqual([
      ['The 2016 Final Report', '7 recommendations assessed'],
      ['The 2015 final report', '7 recommendations assessed'],
    ]);
  });

  it('says whose assessment it is, that the unnamed are not assessed, and links to the note that states it', () => {
    const text = textOf(section);
    expect(text).toContain(`In footnote ${note} of chapter XV, the ODIHR EOM assesses what became of 14 recommendations`);
    expect(text).toContain("The assessment is the mission's, as the report states it");
    expect(text).toContain('that the statement does not name are not assessed here, which does not mean that they were not implemented');
    const links = selectAll('a', section).map((a) => String(a.properties.href));
    expect(links).toContain(`/sections/recommendations/#fn-${note}`);
    expect(textOf(select('blockquote', section)!)).toBe(followUp.statement);
  });

  it("the page's introduction points to it", () => {
    expect(selectAll('main > p a', page).some((a) => a.properties.href === '/recommendations/#follow-up')).toBe(true);
    expect(textOf(select('main > p', page)!)).toMatch(/open data\. The report also says what became of earlier reports' recommendations/);
  });
});

describe('links to it', () => {
  const chapter = readPage('sections/recommendations/index.html');

  it(`from footnote ${note} itself, and the note's text is still the report's`, () => {
    const li = select(`li#fn-${note}`, chapter)!;
    const aside = select('.footnote-aside[data-pagefind-ignore] a', li)!;
    expect(aside.properties.href).toBe('/recommendations/#follow-up');
    expect(textOf(select('.footnote-text > p', li)!)).toContain('The follow-up of prior recommendations is assessed by the ODIHR EOM');
  });

  it('from the recommendations chapter page, above its text', () => {
    const aside = select('[role="note"][aria-labelledby="follow-up-note"]', chapter)!;
    expect(textOf(aside)).toContain(`Footnote ${note} of this chapter assesses 14 recommendations of earlier ODIHR reports`);
    expect(select('a[href="/recommendations/#follow-up"]', aside)).toBeTruthy();
    expect(select('[role="note"][aria-labelledby="follow-up-note"]', readPage('sections/media/index.html'))).toBeUndefined();
  });

  it("from the chapters' words on previous ODIHR recommendations, text unchanged", () => {
    const links = ['executive-summary', 'legal-framework-and-electoral-system', 'media'].flatMap((slug) =>
      selectAll('a.follow-up-link', readPage(`sections/${slug}/index.html`)).map((a) => [slug, textOf(a), a.properties.href]),
    );
    expect(links).toEqual([
      ['executive-summary', 'previous ODIHR priority recommendations', '/recommendations/#follow-up'],
      ['executive-summary', 'previous ODIHR recommendations', '/recommendations/#follow-up'],
      ['legal-framework-and-electoral-system', 'previous ODIHR priority recommendations', '/recommendations/#follow-up'],
      ['media', 'previous ODIHR recommendations', '/recommendations/#follow-up'],
    ]);
    const paragraphs = selectAll('p.para', readPage('sections/executive-summary/index.html')).map(textOf);
    expect(
      paragraphs.some((p) => p.includes('Contrary to previous ODIHR recommendations, defamation and insult remain criminal offenses.')),
    ).toBe(true);
  });
});

describe('open data', () => {
  const json = JSON.parse(readFileSync('dist/data/follow-up.json', 'utf8'));
  const csv: Record<string, string>[] = parse(readFileSync('dist/data/follow-up.csv', 'utf8'), { columns: true });

  it('follow-up.json: every assessment, linked to its source note and to its row', () => {
    expect(json.assessments).toHaveLength(followUp.assessments.length);
    expect(json.assessments[0]).toEqual({
      report: '2016 Final Report',
      year: 2016,
      recommendation: 12,
      status: 'mostly implemented',
      level: 'mostly',
      assessedBy: 'ODIHR EOM',
      footnote: note,
      paragraph: followUp.paragraph,
      line: followUp.line,
      source: `https://odihr-kz-2019.example.org/sections/recommendations/#fn-${note}`,
      permalink: 'https://odihr-kz-2019.example.org/recommendations/#follow-up-2016-final-report-12',
    });
    for (const record of json.assessments) {
      const id = new URL(record.permalink).hash.slice(1);
      expect(select(`tr#${id}`, section), id).toBeTruthy();
    }
  });

  it('follow-up.csv: the same, one row each', () => {
    expect(csv.map((r) => `${r.year} ${r.recommendation} ${r.level}`)).toEqual(
      followUp.assessments.map((a) => `${a.year} ${a.recommendation} ${a.level}`),
    );
  });

  it('/data/ documents both files, every field described', () => {
    const data = readPage('data/index.html');
    for (const id of ['follow-up-json', 'follow-up-csv']) {
      const rows = selectAll(`#fields-${id} tbody tr`, data);
      expect(rows.length, id).toBeGreaterThan(5);
      for (const row of rows) expect(textOf(selectAll('td', row).at(-1)!), textOf(row)).not.toBe('');
    }
  });
});

describe('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('"partially implemented" finds the follow-up, a record of kind follow-up, beside the note that states it', async () => {
    const { page, problems } = await openSearch(browser, '?q=%22partially%20implemented%22');
    const shown = (await shownResults(page)).map((r) => [r.title, r.href, r.description]);
    expect(shown).toContainEqual(['Follow-up of earlier recommendations', '/recommendations/#follow-up', 'Follow-up']);
    expect(shown.map((r) => r[1])).toContain(`/sections/recommendations/#fn-${note}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('kind=follow-up lists that record alone', async () => {
    const { page } = await openSearch(browser, '?kind=follow-up');
    expect((await shownResults(page)).map((r) => r.href)).toEqual(['/recommendations/#follow-up']);
    await page.close();
  });
});
