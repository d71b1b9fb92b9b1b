import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resultRows } from '../../scripts/verify/check-pages.ts';
import { formatVerdict, verifySite } from '../../scripts/verify/verify.ts';

/** A tiny content/ and the site built from it: three paragraphs, a footnote, a recommendation, two results rows, two observers. */
const FIXTURE = 'tests/unit/fixtures/verify-site';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture in a temporary folder, with one edit made to one of its files. */
function fixtureWith(edit?: { file: string; from: string | RegExp; to: string }): { site: string; content: string } {
  const dir = mkdtempSync(join(tmpdir(), 'verify-site-'));
  folders.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    const text = readFileSync(path, 'utf8');
    expect(text, `the fixture's ${edit.file} has what the test removes`).toMatch(edit.from);
    writeFileSync(path, text.replace(edit.from, edit.to));
  }
  return { site: join(dir, 'site'), content: join(dir, 'content') };
}

/** Runs the command as the build does, naming the report file "report.txt". */
function run(folders_: { site: string; content: string }) {
  const args = ['scripts/verify-site.ts', '--site', folders_.site, '--content', folders_.content, '--source', 'report.txt'];
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('verify-site', () => {
  it('passes a site that holds all of its content, with one summary line', () => {
    const { status, stdout } = run(fixtureWith());
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^verify-site: 3 paragraphs, 1 footnotes, 1 recommendations, 2 results rows, 1 key figures, 2 observers: all in .*\n$/,
    );
  });

  it.each([
    {
      name: 'a missing paragraph',
      edit: { file: 'site/sections/chapter/index.html', from: /<p id="p-2"[\s\S]*?<\/p>/, to: '' },
      expected: /^report\.txt:14: paragraph 2 is missing from .*site\/sections\/chapter\/index\.html$/m,
    },
    {
      name: 'a changed paragraph',
      edit: { file: 'site/sections/chapter/index.html', from: 'Third paragraph, a tab first.', to: 'Third paragraph, tab first.' },
      expected: /^report\.txt:18: paragraph 3 differs from the source in .*: source has ".*a tab first\.", page has ".*tab first\."$/m,
    },
    {
      name: 'a missing footnote',
      edit: { file: 'site/sections/chapter/index.html', from: /<li id="fn-1">[\s\S]*?<\/li>/, to: '' },
      expected: /^report\.txt:30: footnote 1 is missing from .*site\/sections\/chapter\/index\.html$/m,
    },
    {
      name: 'a missing observer',
      edit: { file: 'site/observers/index.html', from: /<tr>\s*<th scope="row">Bob JONES[\s\S]*?<\/tr>/, to: '' },
      expected: /^report\.txt:51: observer "Bob JONES" is missing from .*site\/observers\/index\.html$/m,
    },
    {
      name: 'a key figure shown with another value',
      edit: { file: 'site/results/index.html', from: '<dd>3,100</dd>', to: '<dd>3,000</dd>' },
      expected: /^report\.txt:38: figure "Voted" is missing from .*site\/results\/index\.html$/m,
    },
    {
      name: 'a missing results row',
      edit: { file: 'site/results/index.html', from: /<tr>\s*<td>1<\/td>[\s\S]*?<\/tr>/, to: '' },
      expected: /^report\.txt:40: results row "Ann Candidate 1,000" is missing from .*site\/results\/index\.html$/m,
    },
    {
      name: "a recommendation's text missing from its page",
      edit: { file: 'site/recommendations/1/index.html', from: /<div id="listed-text">[\s\S]*?<\/div>/, to: '' },
      expected: /^report\.txt:20: recommendation 1's text is missing from .*site\/recommendations\/1\/index\.html$/m,
    },
    {
      name: 'a paragraph Markdown reads as code',
      edit: { file: 'content/sections/03-sub.md', from: '&#9;Third', to: '\tThird' },
      expected: /^report\.txt:18: paragraph 3 is read as Markdown code, not as text, in .*03-sub\.md$/m,
    },
  ])('fails on $name, naming its source line', ({ edit, expected }) => {
    const { status, stdout, stderr } = run(fixtureWith(edit));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('fails when a chapter page was not built at all, once per paragraph and footnote', () => {
    const folders_ = fixtureWith();
    rmSync(join(folders_.site, 'sections'), { recursive: true });
    const { losses } = verifySite(folders_);
    expect(losses.map((l) => l.line)).toEqual([12, 14, 18, 30]);
  });

  it('prints at most 20 losses, then how many more', () => {
    const losses = Array.from({ length: 25 }, (_, i) => ({ line: i + 1, message: `paragraph ${i + 1} is missing` }));
    const lines = formatVerdict({ counted: [], losses }, 'r.txt', 'dist', 0.1);
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('r.txt:1: paragraph 1 is missing');
    expect(lines[20]).toBe('… and 5 more');
  });
});

describe('resultRows', () => {
  it('reads each row of tables[].rows[] as its cells in order, with its line', () => {
    const data = {
      tables: [
        {
          rows: [
            { line: 60, cells: ['Green Party', '11,960', '12'] },
            { line: 61, cells: [{ text: 'Blue List', line: 61 }, { text: '9,274' }] },
            { cells: ['No line'] },
            { line: 63, cells: [] },
          ],
        },
      ],
    };
    expect(resultRows(data)).toEqual([
      { line: 60, first: 'Green Party 11,960 12' },
      { line: 61, first: 'Blue List 9,274' },
    ]);
  });
});
