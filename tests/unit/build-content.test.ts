import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../scripts/content-io.ts';
import { reportLines } from '../report.ts';

const lines = reportLines();
let dir: string;

/** Every file of the collections below a content folder, path → text. */
function snapshot(out: string): Map<string, string> {
  return new Map(
    COLLECTIONS.flatMap((c) =>
      readdirSync(join(out, c)).map((f) => [`${c}/${f}`, readFileSync(join(out, c, f), 'utf8')] as [string, string]),
    ),
  );
}

/** Runs the parser's command line on a report text, writing into a copy of content/. */
function parse(source: string | Buffer, name: string) {
  const path = join(dir, `${name}.txt`);
  const out = join(dir, name);
  writeFileSync(path, source);
  cpSync('content', out, { recursive: true, filter: (src) => !src.includes('source') });
  const before = snapshot(out);
  const run = spawnSync(
    process.execPath,
    ['scripts/build-content.ts', '--source', path, '--settings', 'content/source/report.yaml', '--out', out],
    { encoding: 'utf8' },
  );
  return { ...run, path, unchanged: JSON.stringify([...snapshot(out)]) === JSON.stringify([...before]) };
}

/** The report with some lines (1-based numbers) replaced or removed. */
function edit(changes: Record<number, string | null>): string {
  return lines.flatMap((line, i) => (i + 1 in changes ? (changes[i + 1] === null ? [] : [changes[i + 1]!]) : [line])).join('\n');
}

/** Line number (1-based) of the first line starting with a text. */
const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kz-parse-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input: a clear error naming the line, a non-zero exit, content/ untouched', () => {
  const cases: { name: string; source: () => string | Buffer; line: () => number; message: RegExp }[] = [
    {
      name: 'truncated mid-chapter',
      source: () => lines.slice(0, lineOf('B. THE VOTE COUNT') - 1).join('\n'),
      // The last line of text before the cut.
      line: () => lines.slice(0, lineOf('B. THE VOTE COUNT') - 1).findLastIndex((l) => l !== '') + 1,
      message: new RegExp(
        `the text ends before "B\\. THE VOTE COUNT", which the table of contents lists \\(line ${lineOf('B.\tTHE VOTE COUNT')}\\): is the report cut short\\?`,
      ),
    },
    {
      name: 'a footnote removed',
      source: () => edit({ [lineOf('⁵⁶ ')]: null }),
      // One line up: the removed footnote's line is gone.
      line: () => lineOf('⁵⁷ ') - 1,
      message: /footnote ⁵⁷ should be ⁵⁶: the numbering has a gap/,
    },
    {
      name: 'a duplicated footnote number',
      source: () => edit({ [lineOf('⁵⁷ ')]: lines[lineOf('⁵⁷ ') - 1].replace('⁵⁷', '⁵⁶') }),
      line: () => lineOf('⁵⁷ '),
      message: new RegExp(`footnote ⁵⁶ appears twice \\(first at line ${lineOf('⁵⁶ ')}\\)`),
    },
    {
      name: 'a footnote reference with no footnote',
      source: () => edit({ [lineOf('Voting was assessed negatively')]: `${lines[lineOf('Voting was assessed negatively') - 1]}¹⁰⁸` }),
      line: () => lineOf('Voting was assessed negatively'),
      message: /footnote reference ¹⁰⁸ has no footnote/,
    },
    {
      name: 'a footnote never cited',
      source: () => edit({ [lineOf('Almost 12 million voters')]: lines[lineOf('Almost 12 million voters') - 1] }),
      line: () => 1,
      message: /./,
    },
    {
      name: 'a recommendation of chapter XV that stands nowhere in the text',
      source: () => edit({ [lineOf('To promote political pluralism ahead of elections')]: null }),
      line: () => lineOf('12. To promote political pluralism') - 1,
      message: /recommendation 12 stands nowhere in the text of the chapters before/,
    },
    {
      name: 'a recommendation removed from chapter XV',
      source: () => edit({ [lineOf('12. To promote political pluralism')]: null }),
      line: () => lineOf('13. In an open consultation') - 1,
      message: /recommendation 13 should be 12: the numbering has a gap/,
    },
    {
      name: 'a heading misspelt',
      source: () => edit({ [lineOf('XIII. ELECTION DAY')]: 'XIII. ELECTON DAY' }),
      line: () => lineOf('XIII. ELECTION DAY'),
      message: new RegExp(
        `unknown heading "XIII\\. ELECTON DAY": the table of contents expects "XIII\\. ELECTION DAY" next \\(line ${lineOf('XIII.\tELECTION DAY')}\\)`,
      ),
    },
    {
      name: 'the numbered lines of the recommendations chapter removed',
      source: () => lines.filter((l) => !/^\d+\. /.test(l)).join('\n'),
      line: () =>
        lineOf('D. PRIORITY RECOMMENDATIONS') -
        lines.slice(0, lineOf('D. PRIORITY RECOMMENDATIONS')).filter((l) => /^\d+\. /.test(l)).length,
      message: /"PRIORITY RECOMMENDATIONS" lists no recommendation \("1\. …"\): its numbered lines are missing/,
    },
    {
      name: 'an empty annex of observers',
      source: () => lines.filter((_, i) => i + 1 <= lineOf('ANNEX II: LIST') + 1 || i + 1 >= lineOf('ABOUT ODIHR')).join('\n'),
      line: () => lineOf('ANNEX II: LIST'),
      message: /ANNEX II: LIST OF OBSERVERS IN THE INTERNATIONAL ELECTION OBSERVATION MISSION: no group of observers/,
    },
    {
      name: 'a row of the results table with a cell too many',
      source: () => edit({ [lineOf('Sadi-Bek Tugel')]: `${lines[lineOf('Sadi-Bek Tugel') - 1]}\t12` }),
      line: () => lineOf('Sadi-Bek Tugel'),
      message: /a row of 4 cells outside a table/,
    },
    {
      name: 'a page number of the table of contents one too low',
      source: () => edit({ [lineOf('XIII.\tELECTION DAY')]: 'XIII.\tELECTION DAY.....\t20' }),
      line: () => lineOf('XIII. ELECTION DAY'),
      message:
        /the table of contents puts "ELECTION DAY" on page 20, but the text shows 1 page end\(s\) after "ELECTION OBSERVATION" \(page 20\)/,
    },
    { name: 'an empty file', source: () => '', line: () => 1, message: /the report is empty/ },
    {
      name: 'a binary file',
      source: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      // The NUL byte follows two line feeds.
      line: () => 3,
      message: /binary data \(a NUL byte\): the report must be UTF-8 text/,
    },
  ];

  for (const { name, source, line, message } of cases.filter((c) => c.name !== 'a footnote never cited')) {
    it(name, () => {
      const run = parse(source(), name.replace(/\W+/g, '-'));
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^${run.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line()}: `));
      expect(run.stderr).toMatch(message);
      expect(run.unchanged).toBe(true);
    });
  }

  it('a footnote never cited', () => {
    const cited = lines.findIndex((l) => l.startsWith('Kazakhstan is a presidential republic')) + 1;
    const run = parse(edit({ [cited]: lines[cited - 1].replace('CEC.⁷', 'CEC.') }), 'never-cited');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${run.path}:${lineOf('⁷ ')}: footnote 7 is never cited in the text`);
    expect(run.unchanged).toBe(true);
  });
});

describe('good input', () => {
  it('Windows line endings give the same content as the original', () => {
    const run = parse(lines.join('\r\n'), 'crlf');
    expect(run.status).toBe(0);
    expect(run.unchanged).toBe(true);
  });

  it('trailing white space on every line (blank lines too) gives the same content as the original', () => {
    const run = parse(lines.map((line) => `${line} \t `).join('\n'), 'trailing-whitespace');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.unchanged).toBe(true);
  });

  it('Windows line endings and trailing white space together give the same content as the original', () => {
    const run = parse(lines.map((line) => `${line}  `).join('\r\n'), 'crlf-trailing-whitespace');
    expect(run.status).toBe(0);
    expect(run.unchanged).toBe(true);
  });

  it('--check passes on the committed content/', () => {
    expect(execFileSync(process.execPath, ['scripts/build-content.ts', '--check'], { encoding: 'utf8' })).toMatch(
      /content\/ is up to date: 171 files/,
    );
  });
});

/** Everything below a folder, hidden files included: path → "folder", or the file's text. */
function tree(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { withFileTypes: true, recursive: true }).map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(root, path), entry.isDirectory() ? 'folder' : readFileSync(path, 'utf8')];
    }),
  );
}

/** Runs the command line with these arguments on a copy of content/ (made ready by `prepare`), timed. */
function cli(name: string, args: string[], prepare: (out: string) => void = () => {}) {
  const out = join(dir, name);
  cpSync('content', out, { recursive: true, filter: (src) => !src.includes('source') });
  prepare(out);
  const before = tree(out);
  const start = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build-content.ts', ...args, '--out', out], { encoding: 'utf8' });
  return { ...run, out, ms: performance.now() - start, unchanged: JSON.stringify(tree(out)) === JSON.stringify(before) };
}

/** The report's text with one line replaced, written to a file for the command line. */
function sourceWith(name: string, text: string): string {
  const path = join(dir, `${name}.txt`);
  writeFileSync(path, text);
  return path;
}

const MB = 1024 * 1024;
const referenceLine = lineOf('Following the announcement of the election');
const markerLine = lineOf('¹⁰ ');

describe('limits, invisible characters and file errors: refused before any work, content/ untouched', () => {
  it('a line of 10 MB is refused from the file size, in under 2 s', () => {
    const text = edit({ [referenceLine]: 'x'.repeat(10 * MB) });
    const path = sourceWith('ten-mb-line', text);
    const run = cli('ten-mb-line', ['--source', path]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${path}: ${(Buffer.byteLength(text) / MB).toFixed(1)} MB; the limit is 5 MB`);
    expect(run.ms).toBeLessThan(2000);
    expect(run.unchanged).toBe(true);
  });

  it('a line of 200,000 characters in a file under 5 MB is refused at its line, in under 2 s', () => {
    // Two-byte characters: the limit counts characters, not bytes.
    const path = sourceWith('long-line', edit({ [referenceLine]: 'é'.repeat(200_000) }));
    const run = cli('long-line', ['--source', path]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${path}:${referenceLine}: line of 200,000 characters; the limit is 100,000`);
    expect(run.ms).toBeLessThan(2000);
    expect(run.unchanged).toBe(true);
  });

  it('a 6 MB file is refused', () => {
    const text = lines.join('\n');
    const path = sourceWith('six-mb', `${text}\n${'padding\n'.repeat(Math.ceil((6 * MB - Buffer.byteLength(text)) / 8))}`);
    const run = cli('six-mb', ['--source', path]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${path}: 6.0 MB; the limit is 5 MB`);
    expect(run.unchanged).toBe(true);
  });

  it('a zero-width space inside a footnote reference in the text: its line and what it is', () => {
    const line = lines[referenceLine - 1];
    const column = [...line.slice(0, line.indexOf('¹⁰'))].length + 2;
    const path = sourceWith('zwsp-reference', edit({ [referenceLine]: line.replace('¹⁰', '¹\u200B⁰') }));
    const run = cli('zwsp-reference', ['--source', path]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${path}:${referenceLine}: an invisible character (U+200B ZERO WIDTH SPACE) inside the footnote reference ¹⁰, at column ${column}: remove it`,
    );
    expect(run.unchanged).toBe(true);
  });

  it('a zero-width space inside a footnote marker at a page bottom, and a soft hyphen after one', () => {
    const marker = sourceWith('zwsp-marker', edit({ [markerLine]: lines[markerLine - 1].replace('¹⁰', '¹\u200B⁰') }));
    const run = cli('zwsp-marker', ['--source', marker]);
    expect(run.stderr.trim()).toMatch(
      new RegExp(
        `:${markerLine}: an invisible character \\(U\\+200B ZERO WIDTH SPACE\\) inside the footnote reference ¹⁰, at column 2: remove it$`,
      ),
    );
    const hyphen = sourceWith('soft-hyphen', edit({ [referenceLine]: lines[referenceLine - 1].replace('¹⁰', '¹⁰\u00AD') }));
    const after = cli('soft-hyphen', ['--source', hyphen]);
    expect(after.stderr).toMatch(
      new RegExp(`:${referenceLine}: an invisible character \\(U\\+00AD SOFT HYPHEN\\) right after the footnote reference ¹⁰, `),
    );
    expect([run.status, after.status]).toEqual([1, 1]);
    expect([run.unchanged, after.unchanged]).toEqual([true, true]);
  });

  it('--source pointing at a folder, or at nothing', () => {
    const folder = cli('source-folder', ['--source', dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr.trim()).toBe(`${dir}: is a folder, not the report file (EISDIR)`);
    expect(folder.unchanged).toBe(true);
    const missing = cli('source-missing', ['--source', join(dir, 'missing.txt')]);
    expect(missing.stderr.trim()).toBe(`${join(dir, 'missing.txt')}: no such file`);
    expect(missing.status).toBe(1);
  });

  it('a collection that is a file, not a folder: named, and content/ byte-identical', () => {
    const collection = COLLECTIONS[3];
    const run = cli('collection-file', [], (out) => {
      rmSync(join(out, collection), { recursive: true });
      writeFileSync(join(out, collection), 'not a folder\n');
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${join(run.out, collection)}: is a file, not a folder: move it away and run again; ${run.out}/ left as it was`,
    );
    expect(run.unchanged).toBe(true);
  });
});

describe('markup-like lines render as the report wrote them', () => {
  it('a --- line under the title page stays a line of the title page, not a heading', () => {
    const run = parse(edit({ [lineOf('Final Report')]: 'Final Report\n---' }), 'rule-under-title');
    expect(run.status, run.stderr).toBe(0);
    const cover = readFileSync(join(dir, 'rule-under-title', 'sections', '01-cover.md'), 'utf8');
    expect(cover).toContain('Final Report\\\n\\---');
  });
});

describe("a report's folder and its report.yaml", () => {
  it('REPORT names the folder; a missing folder is named', () => {
    const run = spawnSync(process.execPath, ['scripts/build-content.ts', '--check'], {
      encoding: 'utf8',
      env: { ...process.env, REPORT: 'no/such/folder' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('error: no/such/folder: no such folder (REPORT names the folder that holds report.txt)');
  });

  it('a malformed report.yaml is named with its line, and content/ stays as it was', () => {
    const folder = join(dir, 'bad-settings');
    cpSync('content/source', folder, { recursive: true });
    writeFileSync(join(folder, 'report.yaml'), 'site: https://example.org\nsic:\n  - text: Tokyaev\n    nte: typo\n');
    const out = join(dir, 'bad-settings-out');
    cpSync('content', out, { recursive: true, filter: (src) => !src.includes('source') });
    const before = snapshot(out);
    const run = spawnSync(process.execPath, ['scripts/build-content.ts', '--report', folder, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: ${join(folder, 'report.yaml')}:3: sic.0.note: Invalid input: expected string, received undefined`,
    );
    writeFileSync(join(folder, 'report.yaml'), 'sic: [\n');
    const yaml = spawnSync(process.execPath, ['scripts/build-content.ts', '--report', folder, '--out', out], { encoding: 'utf8' });
    expect(yaml.status).toBe(1);
    expect(yaml.stderr).toMatch(new RegExp(`^error: ${join(folder, 'report.yaml').replace(/[.]/g, '\\.')}:\\d+: not valid YAML`));
    expect(JSON.stringify([...snapshot(out)])).toBe(JSON.stringify([...before]));
  });

  it('a misprint of report.yaml that stands nowhere names report.yaml', () => {
    const folder = join(dir, 'stale-sic');
    cpSync('content/source', folder, { recursive: true });
    writeFileSync(join(folder, 'report.yaml'), 'sic:\n  - text: Tokayevv\n    note: x\n');
    const run = spawnSync(process.execPath, ['scripts/build-content.ts', '--report', folder, '--out', join(dir, 'stale-out')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${join(folder, 'report.yaml')}: sic: "Tokayevv" stand(s) nowhere in the report's text`);
  });
});
