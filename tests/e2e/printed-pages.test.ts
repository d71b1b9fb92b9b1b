import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../scripts/pipeline/number-paragraphs.ts';
import { PARAGRAPH_COLUMNS } from '../../src/lib/open-data-csv.ts';
import { paragraphRecordSchema } from '../../src/lib/open-data-schemas.ts';
import { formatPages } from '../../src/lib/printed-pages.ts';
import { realReport } from '../report.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const paragraphs = report.sections.flatMap(paragraphsOf);
const raw = (name: string) => readFileSync(`dist/data/${name}`, 'utf8');

describe('the printed page of every paragraph, on the site', () => {
  it('stands beside each ¶ number, and in the title search gives its deep link', () => {
    const page = readPage('sections/election-day/index.html');
    const built = selectAll('p.para', page);
    expect(built.length).toBeGreaterThan(10);
    for (const p of built) {
      const n = Number(String(p.properties.id).slice(2));
      const pages = formatPages(paragraphs.find((q) => q.n === n)!.pages!);
      expect(select('a.pnum', p)!.properties.dataPage, `¶ ${n}`).toBe(pages);
      expect(p.properties.dataPagefindTitle).toBe(`¶ ${n} · ${pages}`);
    }
    expect(select('#p-104 a.pnum', page)!.properties.dataPage).toBe('p. 22');
    // Shown by CSS, not part of the text: a copied paragraph is the report's words.
    expect(textOf(select('#p-104 a.pnum', page)!)).toBe('Paragraph 104');
  });

  it('is given on a recommendation page for the paragraph that lists it and the one it stands in', () => {
    const page = textOf(readPage('recommendations/7/index.html'));
    expect(page).toContain('¶ 125 of chapter XV, p. 26');
    expect(page).toContain('It stands in ¶ 64 of VIII. Election Campaign, p. 14,');
  });
});

describe('/data/paragraphs.json and .csv', () => {
  const records = JSON.parse(raw('paragraphs.json')).paragraphs;

  it('hold every paragraph with its section, pages, notes and text, each valid', () => {
    expect(records).toHaveLength(158);
    for (const r of records) paragraphRecordSchema.parse(r);
    expect(records.map((r: { n: number }) => r.n)).toEqual(paragraphs.map((p) => p.n));
    const p104 = records.find((r: { n: number }) => r.n === 104);
    expect(p104).toMatchObject({ section: 'opening-and-voting', chapter: 'election-day', pages: { from: 22, to: 22, certain: true } });
    expect(p104.permalink).toMatch(/\/sections\/election-day\/#p-104$/);
    const cited = records.flatMap((r: { footnotes: number[] }) => r.footnotes);
    expect(cited).toEqual(report.footnotes.filter((f) => f.paragraph !== undefined).map((f) => f.number));
    // Each recommendation twice: where it stands in the findings, and where the recommendations chapter lists it.
    expect(records.filter((r: { recommendation?: number }) => r.recommendation).length).toBe(62);
  });

  it('round-trip to the same paragraphs as CSV, the pages flattened', () => {
    const rows: Record<string, string>[] = parse(raw('paragraphs.csv'), { columns: true, record_delimiter: '\r\n' });
    expect(raw('paragraphs.csv').split('\r\n')[0]).toBe(PARAGRAPH_COLUMNS.join(','));
    expect(rows.map((r) => [r.n, r.pageFrom, r.pageTo, r.pagesCertain, r.text])).toEqual(
      records.map((r: { n: number; pages: { from: number; to: number; certain: boolean }; text: string }) => [
        String(r.n),
        String(r.pages.from),
        String(r.pages.to),
        String(r.pages.certain),
        r.text,
      ]),
    );
    expect(rows.find((r) => r.n === '6')).toMatchObject({ pageFrom: '2', pageTo: '3', pagesCertain: 'false' });
  });
});

describe('citation_* meta tags, for reference managers', () => {
  const tags = (path: string) =>
    Object.fromEntries(
      selectAll('meta[name^="citation_"]', readPage(path)).map((m) => [String(m.properties.name), String(m.properties.content)]),
    );

  it('name the report on every page, and the printed pages where the page shows some', () => {
    const meta = report.meta;
    for (const path of ['index.html', 'about/index.html', 'results/index.html', 'data/index.html']) {
      expect(tags(path), path).toMatchObject({
        citation_title: meta.title,
        citation_author: 'OSCE/ODIHR',
        citation_publication_date: '2019/10/04',
      });
    }
    expect(tags('recommendations/7/index.html')).toMatchObject({ citation_firstpage: '26', citation_lastpage: '26' });
    expect(tags('sections/election-day/index.html')).toMatchObject({ citation_firstpage: '21', citation_lastpage: '24' });
    expect(tags('sections/election-day/index.html').citation_abstract_html_url).toMatch(/\/sections\/election-day\/$/);
    // A listed recommendation whose page the text cannot tell gets none.
    expect(tags('recommendations/31/index.html').citation_firstpage).toBeUndefined();
  });
});
