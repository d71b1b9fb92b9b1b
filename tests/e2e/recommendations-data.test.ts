import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OBSERVER_COLUMNS, RECOMMENDATION_COLUMNS, RESULT_COLUMNS } from '../../src/lib/open-data-csv.ts';
import { DATA_FILES, dataFileAnchor } from '../../src/lib/open-data-files.ts';
import {
  footnoteRecordSchema,
  observerGroupRecordSchema,
  recommendationRecordSchema,
  resultsRecordSchema,
  sectionRecordSchema,
} from '../../src/lib/open-data-schemas.ts';
import { realCandidates, realReport } from '../report.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const site = process.env.SITE ?? 'https://odihr-kz-2019.example.org';
const raw = (name: string) => readFileSync(`dist/data/${name}`, 'utf8');
const json = (name: string) => JSON.parse(raw(name));
/** A CSV file read back by a strict RFC 4180 parser: CRLF records, no stray quotes, equal row lengths. */
const csv = (name: string): Record<string, string>[] => parse(raw(name), { columns: true, record_delimiter: '\r\n', relax_quotes: false });
/** A value as a CSV cell holds it. */
const cell = (value: unknown) => (value === undefined ? '' : String(value));

describe('the JSON files', () => {
  it('hold 31 recommendations, 107 footnotes, every section, 7 candidates and 334 observers, each valid', () => {
    const recommendations = json('recommendations.json').recommendations;
    expect(recommendations).toHaveLength(31);
    for (const r of recommendations) recommendationRecordSchema.parse(r);
    const footnotes = json('footnotes.json').footnotes;
    expect(footnotes).toHaveLength(107);
    for (const f of footnotes) footnoteRecordSchema.parse(f);
    const sections = json('sections.json').sections;
    // The parser keeps the title page apart; the collection makes it a section too.
    expect(sections).toHaveLength(report.sections.length + 1);
    for (const s of sections) sectionRecordSchema.parse(s);
    const results = resultsRecordSchema.parse(json('results.json').results);
    expect(results.tables.map((t) => t.rows.length)).toEqual([7]);
    expect(results.figures).toHaveLength(5);
    const groups = json('observers.json').groups.map((g: unknown) => observerGroupRecordSchema.parse(g));
    expect(groups.flatMap((g: { members: unknown[] }) => g.members)).toHaveLength(334);
  });

  it('say where they come from and where they are documented', () => {
    for (const file of DATA_FILES.filter((f) => f.format === 'JSON')) {
      const data = json(file.name);
      expect(data.report).toBe(
        'OSCE/ODIHR, Republic of Kazakhstan, Early Presidential Election, 9 June 2019: ODIHR Election Observation Mission Final Report, Warsaw, 4 October 2019',
      );
      expect(new URL(data.documentation).hash).toBe(`#${dataFileAnchor(file.name)}`);
      expect(Object.keys(data)).toEqual(['report', 'documentation', file.key]);
    }
  });

  it('give the recommendations as parsed, both wordings and which differ', () => {
    const records = json('recommendations.json').recommendations;
    for (const [i, rec] of report.recommendations.entries()) {
      expect(records[i]).toMatchObject({
        number: rec.number,
        priority: rec.priority,
        topic: rec.topic,
        text: rec.text,
        inlineText: rec.inlineText,
      });
    }
    expect(records.filter((r: { wordingDiffers: boolean }) => r.wordingDiffers).map((r: { number: number }) => r.number)).toEqual([
      1, 2, 11, 14, 15, 18, 23, 25,
    ]);
  });

  it('give every record a permalink to a built page that has its anchor or filter', () => {
    const links = [
      ...json('recommendations.json').recommendations.flatMap((r: Record<string, string>) => [r.permalink, r.paragraphLink]),
      ...json('footnotes.json').footnotes.map((f: Record<string, string>) => f.permalink),
      ...json('sections.json').sections.map((s: Record<string, string>) => s.permalink),
      json('results.json').results.permalink,
      ...csv('results.csv').map((c) => c.permalink),
      ...json('observers.json').groups.flatMap((g: { permalink: string; members: { permalink: string }[] }) => [
        g.permalink,
        ...g.members.map((m) => m.permalink),
      ]),
    ];
    expect(links.length).toBeGreaterThan(31 + 107 + 334);
    for (const link of new Set(links)) {
      const url = new URL(link);
      expect(url.origin).toBe(new URL(site).origin);
      const page = readPage(`${url.pathname.slice((process.env.BASE ?? '/').length)}index.html`);
      if (url.hash) expect(select(`[id="${url.hash.slice(1)}"]`, page), link).toBeDefined();
      // The list of observers shows one group or person through its filter (`?group=…&q=…`).
      if (url.search) expect([...url.searchParams.keys()], link).toEqual(url.searchParams.has('q') ? ['group', 'q'] : ['group']);
    }
  });
});

describe('the CSV files', () => {
  it('are RFC 4180: CRLF line ends, a header of the documented columns', () => {
    for (const [name, columns] of [
      ['recommendations.csv', RECOMMENDATION_COLUMNS],
      ['results.csv', RESULT_COLUMNS],
      ['observers.csv', OBSERVER_COLUMNS],
    ] as const) {
      const text = raw(name);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.split('\r\n')[0]).toBe(columns.join(','));
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
    }
  });

  it('round-trip to the same records as the JSON files', () => {
    const recommendations = json('recommendations.json').recommendations;
    expect(csv('recommendations.csv')).toEqual(
      recommendations.map((r: Record<string, unknown>) => Object.fromEntries(RECOMMENDATION_COLUMNS.map((c) => [c, cell(r[c])]))),
    );
    // results.csv: every cell of the table but the names, one row each, in the order printed.
    const table = json('results.json').results.tables[0];
    const cells = csv('results.csv');
    expect(cells).toHaveLength(14);
    expect(cells.map((r) => [r.table, r.row, r.name, r.column, r.printed, r.value, r.line])).toEqual(
      table.rows.flatMap((row: { cells: string[]; line: number }, i: number) =>
        [1, 2].map((c) => [
          '1',
          String(i + 1),
          row.cells[0],
          table.columns[c],
          row.cells[c],
          row.cells[c].replace(/,/g, ''),
          String(row.line),
        ]),
      ),
    );
    expect(cells[0].permalink).toBe(`${site}/results/#candidate-zhambyl-akhmetbekov`);
    const rows = csv('observers.csv');
    expect(rows).toHaveLength(334);
    const people = report.observers.flatMap((g) =>
      g.members.map((m) => ({ ...m, group: g.id, groupHeading: g.heading, parentHeading: g.parentHeading })),
    );
    expect(rows.map((r) => [r.givenName, r.surname, r.country, r.role, r.group, r.groupHeading, r.parentHeading])).toEqual(
      people.map((p) => [p.givenName, p.surname, p.country, cell(p.role), p.group, p.groupHeading, cell(p.parentHeading)]),
    );
  });

  it('keep commas, quotes and non-ASCII letters of the report intact', () => {
    const results = csv('results.csv').filter((r) => r.column === 'Votes');
    expect(results.map((r) => r.printed)).toEqual(realCandidates().map((c) => c.votesPrinted));
    expect(results.some((r) => r.printed.includes(','))).toBe(true);
    expect(results.map((r) => r.name)).toContain('Kassym-Jomart Tokyaev');
  });
});

describe('/data/', () => {
  const page = readPage('data/index.html');

  it('links every file and documents every key its records have', () => {
    for (const file of DATA_FILES) {
      expect(select(`a[href$="/data/${file.name}"]`, page), file.name).toBeDefined();
      const documented = selectAll(`#fields-${dataFileAnchor(file.name)} tbody th`, page).map(textOf);
      if (file.columns) {
        expect(documented).toEqual(raw(file.name).split('\r\n')[0].split(','));
        continue;
      }
      const records = json(file.name)[file.key!];
      const keys = new Set<string>();
      const collect = (value: unknown, prefix: string): void => {
        if (Array.isArray(value)) return value.forEach((item) => collect(item, prefix));
        if (!value || typeof value !== 'object') return;
        for (const [k, v] of Object.entries(value)) {
          keys.add(`${prefix}${k}`);
          collect(v, Array.isArray(v) ? `${prefix}${k}[].` : `${prefix}${k}.`);
        }
      };
      collect(records, '');
      expect(keys.size).toBeGreaterThan(5);
      for (const key of keys) expect(documented, `${file.name}: ${key}`).toContain(key);
      for (const row of selectAll(`#fields-${dataFileAnchor(file.name)} tbody td:last-child`, page)) expect(textOf(row)).not.toBe('');
    }
  });
});
