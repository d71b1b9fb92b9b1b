import { describe, expect, it } from 'vitest';
import { bibtexRecommendation, citeRecommendation } from '../../../src/lib/citation.ts';
import { toTitleCase } from '../../../src/lib/title-case.ts';
import { listedPages, realReport, reportLines } from '../../report.ts';

const meta = realReport().meta;

describe('the report as a publication', () => {
  it('is what the title page prints', () => {
    // The title page: the office, country, election, its date, the report's name, place and date of publication.
    const cover = reportLines()
      .slice(0, 25)
      .map((l) => l.trim())
      .filter(Boolean);
    const [, country, election, day, name1, name2, place, date] = cover;
    expect(meta.institution).toBe(cover[0]);
    expect(meta.title).toBe(`${toTitleCase(country)}, ${toTitleCase(election)}, ${day}: ${name1} ${name2}`);
    expect([meta.place, meta.published.printed]).toEqual([place, date]);
    expect(new Date(meta.published.iso!).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })).toBe(date);
    expect(meta).toMatchObject({
      country: 'Republic of Kazakhstan',
      shortName: 'Kazakhstan',
      election: 'Early Presidential Election',
      electionDate: { printed: '9 June 2019', iso: '2019-06-09', year: 2019 },
      siteName: 'Kazakhstan 2019 · ODIHR Election Observation Report',
      citationKey: 'odihr2019kazakhstan',
      site: 'https://odihr-kz-2019.example.org',
    });
  });
});

describe('citeRecommendation', () => {
  it('gives the standard form, with the title apart for italics', () => {
    const citation = citeRecommendation(meta, 7, listedPages(7));
    expect(citation.text).toBe(
      'OSCE/ODIHR, Republic of Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission Final Report, Warsaw, 4 October 2019, recommendation 7, p. 26.',
    );
    expect(citeRecommendation(meta, 7).text).toMatch(/, recommendation 7\.$/);
    expect(citation.before + citation.title + citation.after).toBe(citation.text);
    expect(citation.title).toBe(meta.title);
  });
});

describe('bibtexRecommendation', () => {
  const entry = bibtexRecommendation(meta, 31, 'https://example.org/recommendations/31/', listedPages(31));

  it('is a technical report with every field a reference manager needs', () => {
    expect(entry).toBe(
      [
        '@techreport{odihr2019kazakhstan-r31,',
        '  author = {{OSCE/ODIHR}},',
        '  title = {{Republic of Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission Final Report}},',
        '  institution = {OSCE Office for Democratic Institutions and Human Rights},',
        '  address = {Warsaw},',
        '  year = {2019},',
        '  month = oct,',
        '  date = {2019-10-04},',
        '  note = {Recommendation 31},',
        '  url = {https://example.org/recommendations/31/}',
        '}',
      ].join('\n'),
    );
  });

  it('gives the printed pages where the text shows them, and none where it cannot tell', () => {
    expect(bibtexRecommendation(meta, 7, 'https://example.org/recommendations/7/', listedPages(7))).toContain('  pages = {26},');
    expect(listedPages(31)).toEqual({ from: 28, to: 29, certain: false });
    expect(citeRecommendation(meta, 31, listedPages(31)).text).toMatch(/, recommendation 31, p\. 28 or 29\.$/);
  });

  it('has balanced braces', () => {
    let depth = 0;
    for (const c of entry) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
