import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { citeRecommendation } from '../../../src/lib/citation.ts';
import { citationFormats, cslItem } from '../../../src/lib/cite-formats.ts';
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

describe('the citation formats, written by Citation.js and read back by it', () => {
  const url = 'https://example.org/recommendations/7/';
  const formats = citationFormats(cslItem(meta, { key: 'odihr2019kazakhstan-r7', note: 'Recommendation 7', pages: listedPages(7), url }));

  it('BibTeX, RIS and CSL-JSON each read back to the same report, page and address', () => {
    for (const text of [formats.bibtex, formats.ris, formats.csl]) {
      const [item] = new Cite(text).data as Record<string, unknown>[];
      expect(item.title).toBe(meta.title);
      expect(item.page).toBe('26');
      expect(item.URL).toBe(url);
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0].slice(0, 3)).toEqual([2019, 10, 4]);
    }
    expect(formats.bibtex).toMatch(/^@techreport\{odihr2019kazakhstan-r7,/);
  });

  it('RIS keeps a long title whole (plugin-ris wraps values at 70 characters)', () => {
    expect(formats.ris).toContain(`TI  - ${meta.title}\n`);
    expect(formats.ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(true);
  });

  it('give no page where the text cannot tell which', () => {
    const uncertain = citationFormats(cslItem(meta, { key: 'k', pages: listedPages(31), url }));
    expect(listedPages(31)).toEqual({ from: 28, to: 29, certain: false });
    expect(new Cite(uncertain.csl).data[0].page).toBeUndefined();
    expect(uncertain.bibtex).not.toContain('pages');
  });
});
