import { isPlaceholder } from '../../scripts/report-folder.ts';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, describeSystemError, readSource, writeContent, type ContentFs } from '../../scripts/content-io.ts';
import { MAX_REPORT_BYTES } from '../../scripts/pipeline/normalize-text.ts';
import { FileError } from '../../scripts/pipeline/report-error.ts';

const root = fs.mkdtempSync(join(tmpdir(), 'kz-content-io-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let out: string;
let count = 0;

/** Everything below a folder, hidden files included: path → "folder", or the file's bytes. */
function tree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    entries[relative(dir, path)] = entry.isDirectory() ? 'folder' : fs.readFileSync(path).toString('base64');
  }
  return entries;
}

/** A fresh parse: one new file in each collection but those skipped. */
const fresh = (skip: string[] = []) => new Map(COLLECTIONS.filter((c) => !skip.includes(c)).map((c) => [`${c}/new.md`, `new ${c}\n`]));

/** An error as Node's fs throws it. */
function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${syscall} failed, ${syscall} '${path}'`);
  return Object.assign(error, { code, syscall, path });
}

/** node:fs, but the calls named fail with a system error on their nth use (1-based). */
function faulty(faults: { call: keyof ContentFs; nth: number[]; code: string }[]): ContentFs {
  const wrapped: Record<string, unknown> = { ...fs };
  for (const { call, nth, code } of faults) {
    let n = 0;
    const real = fs[call] as (...args: unknown[]) => unknown;
    wrapped[call] = (...args: unknown[]) => {
      if (nth.includes(++n)) throw systemError(code, call.replace('Sync', ''), String(args[0]));
      return real(...args);
    };
  }
  return wrapped as unknown as ContentFs;
}

/** Runs writeContent and returns its error, failing the test if there is none. */
function failure(files: Map<string, string>, fsLike?: ContentFs): FileError {
  try {
    writeContent(out, files, fsLike);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error('writeContent did not fail');
}

// An out folder like content/: each collection with an old file, and a source folder never touched.
beforeEach(() => {
  out = join(root, `out-${++count}`);
  for (const c of COLLECTIONS) {
    fs.mkdirSync(join(out, c), { recursive: true });
    fs.writeFileSync(join(out, c, 'old.md'), `old ${c}\n`);
  }
  fs.mkdirSync(join(out, 'source'));
  fs.writeFileSync(join(out, 'source', 'report.txt'), 'the report\n');
});

describe('writeContent: all or nothing', () => {
  it('replaces every collection and leaves no staging or backup folder', () => {
    writeContent(out, fresh());
    const expected = Object.fromEntries([
      ...COLLECTIONS.flatMap((c) => [
        [c, 'folder'],
        [`${c}/new.md`, Buffer.from(`new ${c}\n`).toString('base64')],
      ]),
      ['source', 'folder'],
      ['source/report.txt', Buffer.from('the report\n').toString('base64')],
    ]);
    expect(tree(out)).toEqual(expected);
  });

  it('writes an empty collection as an empty folder (no recommendations, say)', () => {
    const empty = COLLECTIONS[2];
    writeContent(out, fresh([empty]));
    expect(fs.readdirSync(join(out, empty))).toEqual([]);
    for (const c of COLLECTIONS.filter((c) => c !== empty)) expect(fs.readdirSync(join(out, c))).toEqual(['new.md']);
    expect(fs.readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('creates the folders into an out folder that does not exist yet', () => {
    const empty = join(out, 'nested', 'content');
    writeContent(empty, fresh());
    expect(fs.readdirSync(empty).sort()).toEqual([...COLLECTIONS].sort());
  });

  it('refuses a collection that is a file, not a folder, and changes nothing', () => {
    fs.rmSync(join(out, COLLECTIONS[3]), { recursive: true });
    fs.writeFileSync(join(out, COLLECTIONS[3]), 'a file\n');
    const before = tree(out);
    expect(failure(fresh()).message).toBe(`is a file, not a folder: move it away and run again; ${out}/ left as it was`);
    expect(tree(out)).toEqual(before);
  });

  it('refuses a file outside the collections before writing anything', () => {
    const before = tree(out);
    const error = failure(new Map([...fresh(), ['elsewhere/x.md', 'x']]));
    expect(`${error.path}: ${error.message}`).toMatch(new RegExp(`^${out}/elsewhere/x\\.md: is in none of the collections`));
    expect(tree(out)).toEqual(before);
  });

  it('EACCES on the rename that puts the third collection in place: rolled back, the message names it', () => {
    const before = tree(out);
    // Renames: each collection's old folder aside, then its new one in; the third's new one is the sixth.
    const error = failure(fresh(), faulty([{ call: 'renameSync', nth: [6], code: 'EACCES' }]));
    expect(`${error.path}: ${error.message}`).toBe(
      `${out}/${COLLECTIONS[2]}: cannot write (EACCES: permission denied); ${out}/ left as it was`,
    );
    expect(tree(out)).toEqual(before);
  });

  it('a failure on any rename of the swap leaves the out folder byte-identical', () => {
    const before = tree(out);
    for (let nth = 1; nth <= 2 * COLLECTIONS.length; nth++) {
      const error = failure(fresh(), faulty([{ call: 'renameSync', nth: [nth], code: 'EROFS' }]));
      expect(error.message).toMatch(/\(EROFS: read-only file system\); .* left as it was$/);
      expect(tree(out)).toEqual(before);
    }
  });

  it('ENOSPC on any file write leaves the out folder byte-identical, naming the file', () => {
    const before = tree(out);
    const files = fresh();
    [...files.keys()].forEach((path, i) => {
      const error = failure(files, faulty([{ call: 'writeFileSync', nth: [i + 1], code: 'ENOSPC' }]));
      expect(`${error.path}: ${error.message}`).toBe(
        `${join(out, path)}: cannot write (ENOSPC: no space left on device); ${out}/ left as it was`,
      );
      expect(tree(out)).toEqual(before);
    });
  });

  it('EISDIR on a write and EACCES on creating the staging folder leave the out folder as it was', () => {
    const before = tree(out);
    expect(failure(fresh(), faulty([{ call: 'writeFileSync', nth: [1], code: 'EISDIR' }])).message).toMatch(
      /^cannot write \(EISDIR: illegal operation on a directory\); .* left as it was$/,
    );
    expect(tree(out)).toEqual(before);
    const error = failure(fresh(), faulty([{ call: 'mkdirSync', nth: [1], code: 'EACCES' }]));
    expect(`${error.path}: ${error.message}`).toBe(`${out}: cannot write (EACCES: permission denied); ${out}/ left as it was`);
    expect(tree(out)).toEqual(before);
  });

  it('when the rollback fails too, says so and keeps the backup holding the old folders', () => {
    // The sixth rename fails, then the first undo (the third collection's old folder back in place).
    const error = failure(fresh(), faulty([{ call: 'renameSync', nth: [6, 7], code: 'EIO' }]));
    expect(error.message).toMatch(/is NOT as it was: .* could not go back to .*; the old folders are in .*\.backup-\d+$/);
    const backup = fs.readdirSync(out).find((name) => name.startsWith('.backup-'))!;
    expect(fs.readFileSync(join(out, backup, COLLECTIONS[2], 'old.md'), 'utf8')).toBe(`old ${COLLECTIONS[2]}\n`);
    expect(fs.readdirSync(out).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });

  it('when only the old folders cannot be removed after the swap, says the content was written', () => {
    // rmSync: the staging folder before staging, then staging and backup after the swap.
    const error = failure(fresh(), faulty([{ call: 'rmSync', nth: [3], code: 'EBUSY' }]));
    expect(error.message).toMatch(
      /^written, but .*\.backup-\d+ could not be removed \(EBUSY: resource busy or locked\): remove it by hand$/,
    );
    expect(fs.readdirSync(join(out, COLLECTIONS[0]))).toEqual(['new.md']);
  });
});

describe('readSource', () => {
  it('names a missing file and a folder', () => {
    expect(() => readSource(join(out, 'missing.txt'))).toThrow(new FileError(join(out, 'missing.txt'), 'no such file'));
    expect(() => readSource(out)).toThrow('is a folder, not the report file (EISDIR)');
  });

  it('refuses a 10 MB file from its size on disk, reading none of it', () => {
    const path = join(out, 'huge.txt');
    // A sparse file: 10 MB on paper, nothing written.
    fs.writeFileSync(path, '');
    fs.truncateSync(path, 10 * 1024 * 1024);
    const reading = faulty([
      { call: 'openSync', nth: [1], code: 'EPERM' },
      { call: 'readFileSync', nth: [1], code: 'EPERM' },
    ]);
    expect(() => readSource(path, reading)).toThrow(new FileError(path, '10.0 MB; the limit is 5 MB'));
  });

  it('says a file just over the limit is over it, in bytes', () => {
    const path = join(out, 'over.txt');
    fs.writeFileSync(path, Buffer.alloc(MAX_REPORT_BYTES + 1, 'a'));
    expect(() => readSource(path)).toThrow('5,242,881 bytes; the limit is 5 MB');
  });

  it('stops reading at the limit when the file grew after its size was read', () => {
    const path = join(out, 'growing.txt');
    fs.writeFileSync(path, Buffer.alloc(MAX_REPORT_BYTES + 100, 'a'));
    const stale: ContentFs = {
      ...fs,
      statSync: ((p: string) => ({ ...fs.statSync(p), size: 10, isFile: () => true, isDirectory: () => false })) as ContentFs['statSync'],
    };
    expect(() => readSource(path, stale)).toThrow('over 5 MB; the limit is 5 MB');
  });

  it('names the system error of a failed read', () => {
    const path = join(out, 'source', 'report.txt');
    expect(() => readSource(path, faulty([{ call: 'readSync', nth: [1], code: 'EIO' }]))).toThrow(
      new FileError(path, 'cannot read (EIO: i/o error)'),
    );
  });
});

describe('describeSystemError', () => {
  it('gives the code and what it means, or a plain message', () => {
    expect(describeSystemError(systemError('ENOSPC', 'write', 'x'))).toBe('ENOSPC: no space left on device');
    expect(describeSystemError(new Error('something else'))).toBe('something else');
  });
});

describe('isPlaceholder', () => {
  it('tells a stand-in address from a real one', () => {
    for (const address of [
      'https://example.org',
      'https://odihr-kz-2019.example.org',
      'http://localhost:4321',
      'https://x.example',
      'http://127.0.0.1:8080/',
    ]) {
      expect(isPlaceholder(address), address).toBe(true);
    }
    for (const address of ['https://reports.osce-reader.org', 'https://user.github.io/repo/', 'https://examples.org']) {
      expect(isPlaceholder(address), address).toBe(false);
    }
  });
});
