import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../scripts/pipeline/parse-report.ts';
import { readSettings } from '../../scripts/report-folder.ts';
import { realCandidates, realReport } from '../report.ts';
import { buildSite } from './quality-build.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

/** Reports of our own, made from the real one, each built as a whole site with no change of code. */
const ROOT = 'tests/fixtures/reports';
const VARIANTS = readdirSync(ROOT).sort();

/** Words that belong to the real report only: none may stand on a site built from another. */
function realReportWords(): string[] {
  const real = realReport();
  const surnames = realCandidates().map((c) => c.name.split(' ').at(-1)!);
  const observers = real.observers.flatMap((g) => g.members.slice(0, 5).map((m) => m.surname));
  return [
    real.meta.shortName,
    'Kazakh',
    'Tokayev',
    'Nazarbayev',
    'Nur-Sultan',
    'Nur Otan',
    real.meta.electionDate.printed,
    ...surnames,
    ...observers,
  ];
}

/** What each variant's home page answers first, from its README: the assessment's paragraph and opening, who came first, the turnout, the observers. */
const HOME: Record<string, { assessment: [number, string]; leader?: string[]; turnout?: string; observers?: string; bars?: number }> = {
  minimal: { assessment: [1, 'The elections were well administered and offered voters a genuine choice'] },
  'parliamentary-valdoria': {
    assessment: [2, 'the elections "were competitive and fundamental freedoms were generally respected'],
    leader: ['Most votes', 'Valdorian Renewal Party', '41.27% of the votes', '54 of 120 seats'],
    turnout: '61.1%',
    observers: '97 stated 97 listed',
    bars: 8,
  },
  'presidential-two-rounds-norland': {
    assessment: [2, 'The election was competitive, well administered and held with respect for fundamental freedoms'],
    leader: ['Winner', 'Eirik Solvang', '53.81% of the votes'],
    turnout: '57.3%',
    observers: '24 stated 22 listed',
    bars: 2,
  },
};

/** Every text file of a built site, path → text. */
function siteTexts(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|json|csv|xml|txt)$/.test(e.name) && !e.parentPath.includes('pagefind'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
  return new Map(files.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-variants-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(VARIANTS)('the report of tests/fixtures/reports/%s, built with no change of code', (name) => {
  const folder = join(ROOT, name);
  let report: Report;
  let site: Map<string, string>;
  let out: string;

  beforeAll(() => {
    report = parseReport(readFileSync(join(folder, 'report.txt')), readSettings(join(folder, 'report.yaml')));
    const content = join(dir, name, 'content');
    out = join(dir, name, 'dist');
    // The README's recipe: REPORT names the folder; CONTENT_DIR keeps this test's parse apart from content/.
    const parse = spawnSync(process.execPath, ['scripts/build-content.ts', '--report', folder, '--out', content], { encoding: 'utf8' });
    expect(parse.status, parse.stderr).toBe(0);
    // No .br/.gz copies: nothing here reads them, and the base-path gate serves them.
    buildSite(out, { REPORT: folder, CONTENT_DIR: content }, { compress: false });
    site = siteTexts(out);
  }, 180_000);

  it('names its own country, election and date, and nothing of the real report', () => {
    const home = site.get('index.html')!;
    expect(home).toContain(report.meta.country);
    expect(home).toContain(report.meta.electionDate.printed);
    expect(home).toContain(`<title>${report.meta.country}, ${report.meta.election}`);
    const words = realReportWords();
    const leaks = [...site].flatMap(([path, text]) => words.filter((w) => text.includes(w)).map((w) => `${path}: ${w}`));
    expect(leaks).toEqual([]);
  });

  it('has a page for every chapter and recommendation, every paragraph numbered once', () => {
    for (const r of report.recommendations)
      expect(site.has(`recommendations/${r.number}/index.html`), `recommendation ${r.number}`).toBe(true);
    expect([...site.keys()].filter((p) => /^recommendations\/\d+\/index\.html$/.test(p))).toHaveLength(report.recommendations.length);
    const paragraphs = report.sections.flatMap((s) => s.pieces.filter((p) => !p.heading)).length;
    const built = [...site.values()].join('').match(/<p [^>]*id="p-\d+"/g) ?? [];
    expect(new Set(built).size).toBe(paragraphs);
    expect(site.get('recommendations/index.html')).toContain(`All ${report.recommendations.length} recommendations`);
  });

  it('answers first on its home page: the assessment quoted and linked, who came first, turnout, observers, a chart', () => {
    const home = readPage('index.html', out);
    const expected = HOME[name];
    const [n, opening] = expected.assessment;
    const assessment = select('#assessment', home)!;
    expect(textOf(select('blockquote', assessment)!)).toContain(opening);
    expect(select('figcaption a', assessment)!.properties.href).toBe(`/sections/executive-summary/#p-${n}`);
    const answer = (key: string) => select(`[data-answer="${key}"]`, home);
    if (expected.leader) {
      for (const words of expected.leader) expect(textOf(answer('leader')!)).toContain(words);
      // Where the text states the winner's share, it states the annex's.
      expect(textOf(answer('leader')!)).not.toContain('the text gives');
    } else expect(select('#key-answers', home)).toBeUndefined();
    expect(answer('turnout') && textOf(select('dd', answer('turnout')!)!)).toBe(expected.turnout);
    expect(answer('observers') && textOf(select('dd', answer('observers')!)!)).toBe(expected.observers);
    expect(selectAll('#home-chart .bar', home)).toHaveLength(expected.bars ?? 0);
    if (expected.bars)
      expect(selectAll('#home-chart .bar[data-highlight]', home).map((b) => b.properties.dataLabel)).toEqual([expected.leader![1]]);
  });

  it('has a results page and a list of observers only where the report has those annexes', () => {
    expect(site.has('results/index.html')).toBe(report.results !== undefined);
    expect(site.has('observers/index.html')).toBe(report.observers.length > 0);
    const results = site.get('results/index.html');
    for (const table of report.results?.tables ?? []) {
      for (const column of table.columns) expect(results).toContain(`>${column}<`);
      for (const row of table.rows) expect(results).toContain(row.cells[0].replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
    const observers = site.get('observers/index.html');
    for (const group of report.observers) expect(observers).toContain(group.heading);
    const json = JSON.parse(site.get('data/observers.json')!);
    expect(json.groups.flatMap((g: { members: unknown[] }) => g.members)).toHaveLength(report.observers.flatMap((g) => g.members).length);
  });

  it('has the follow-up of earlier recommendations only where the report states it: every assessment shown, in the data, linked', () => {
    const assessments = report.followUp?.assessments ?? [];
    const page = site.get('recommendations/index.html')!;
    expect(page.includes('id="follow-up"')).toBe(report.followUp !== undefined);
    expect(page.match(/<tr id="follow-up-/g) ?? []).toHaveLength(assessments.length);
    const json = JSON.parse(site.get('data/follow-up.json')!);
    const read = (a: { report: string; recommendation: number | string; level: string }) => `${a.report} #${a.recommendation} ${a.level}`;
    expect(json.assessments.map(read)).toEqual(assessments.map(read));
    expect(site.get('data/follow-up.csv')!.trim().split('\n')).toHaveLength(assessments.length + 1);
    // Linked from where the statement stands: its footnote, or its chapter's page.
    const chapter = site.get(`sections/${report.followUp?.section ?? 'recommendations'}/index.html`)!;
    expect(chapter.includes('href="/recommendations/#follow-up"')).toBe(report.followUp !== undefined);
    if (report.followUp?.footnote) expect(chapter).toMatch(new RegExp(`id="fn-${report.followUp.footnote}"[^]*?footnote-aside`));
  });

  it('observers.csv neutralises names and roles that start like a formula; observers.json keeps them as printed', () => {
    const members = report.observers.flatMap((g) => g.members);
    const formula = /^[=+\-@\t\r]/;
    const hostile = members.filter((m) => formula.test(m.givenName) || formula.test(m.role ?? ''));
    // Valdoria's list names a =HYPERLINK(…) role, an @SUM(…) and a -2+3 given name (see its README).
    if (name === 'parliamentary-valdoria') expect(hostile.length).toBe(3);
    const rows: Record<string, string>[] = parse(site.get('data/observers.csv')!, { columns: true, record_delimiter: '\r\n' });
    const inert = (text: string) => (formula.test(text) ? `'${text}` : text);
    expect(rows.map((r) => [r.givenName, r.role])).toEqual(members.map((m) => [inert(m.givenName), inert(m.role ?? '')]));
    expect(rows.flatMap((r) => Object.values(r)).filter((cell) => formula.test(cell))).toEqual([]);
    const json = JSON.parse(site.get('data/observers.json')!);
    const printed = json.groups.flatMap((g: { members: { givenName: string; role?: string }[] }) => g.members);
    expect(printed.map((m: { givenName: string; role?: string }) => [m.givenName, m.role ?? ''])).toEqual(
      members.map((m) => [m.givenName, m.role ?? '']),
    );
  });

  it('cites itself by its own title, and links to its own address where report.yaml gives one', () => {
    const page = site.get('recommendations/1/index.html')!;
    expect(page).toContain(`OSCE/ODIHR, `);
    expect(page).toContain(report.meta.title);
    const address = readSettings(join(folder, 'report.yaml')).site ?? 'https://example.org';
    expect(page).toContain(`<link rel="canonical" href="${address}/recommendations/1/">`);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
