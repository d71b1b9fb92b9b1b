import * as nodeFs from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import { getSystemErrorMap } from 'node:util';
import { MAX_REPORT_BYTES } from './pipeline/normalize-text.ts';
import { FileError } from './pipeline/report-error.ts';
import { COLLECTION_SCHEMAS } from '../src/schemas/collections.ts';

/** The folders of content/ that the parser owns; content/source is never touched. */
export const COLLECTIONS: string[] = Object.keys(COLLECTION_SCHEMAS);

/** The file-system calls this module makes: node:fs by default, a faulty one in tests. */
export type ContentFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'existsSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readFileSync'
  | 'readSync'
  | 'renameSync'
  | 'rmSync'
  | 'statSync'
  | 'writeFileSync'
>;

/** What each system error code means, as libuv says it ("EACCES" → "permission denied"). */
const SYSTEM_ERRORS = new Map([...getSystemErrorMap().values()]);

const MB = 1024 * 1024;

/** A system error as one short phrase, "EACCES: permission denied"; any other error as its message. */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const meaning = code && SYSTEM_ERRORS.get(code);
  return meaning ? `${code}: ${meaning}` : error instanceof Error ? error.message : String(error);
}

/** Runs one file-system call; a failure becomes a FileError naming the path a user knows and what failed. */
function attempt<T>(path: string, failed: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    // A missing input is the common mistake (a wrong --source): say it plainly.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && failed === 'cannot read') throw new FileError(path, 'no such file');
    throw new FileError(path, `${failed} (${describeSystemError(error)})`);
  }
}

/** A size in megabytes to one decimal, or in bytes where one decimal would hide that it passes the limit. */
function formatSize(bytes: number): string {
  const mb = (bytes / MB).toFixed(1);
  return Number(mb) > MAX_REPORT_BYTES / MB ? `${mb} MB` : `${bytes.toLocaleString('en')} bytes`;
}

/**
 * Reads the report's bytes. What is not a file, or is larger than the limit, is refused from its
 * size on disk before a byte is read; the read itself stops at the limit, in case the file grows.
 */
export function readSource(path: string, fs: ContentFs = nodeFs): Uint8Array {
  const tooLarge = (size: string) => new FileError(path, `${size}; the limit is ${MAX_REPORT_BYTES / MB} MB`);
  const stat = attempt(path, 'cannot read', () => fs.statSync(path));
  if (stat.isDirectory()) throw new FileError(path, 'is a folder, not the report file (EISDIR)');
  if (!stat.isFile()) throw new FileError(path, 'is not a regular file');
  if (stat.size > MAX_REPORT_BYTES) throw tooLarge(formatSize(stat.size));
  const buffer = Buffer.alloc(MAX_REPORT_BYTES + 1);
  const fd = attempt(path, 'cannot read', () => fs.openSync(path, 'r'));
  try {
    let length = 0;
    let n: number;
    do {
      n = attempt(path, 'cannot read', () => fs.readSync(fd, buffer, length, buffer.length - length, null));
      length += n;
    } while (n > 0 && length < buffer.length);
    if (length > MAX_REPORT_BYTES) throw tooLarge(`over ${MAX_REPORT_BYTES / MB} MB`);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every file below a folder, as paths relative to it; nothing when it is not a folder. */
function listFiles(root: string, dir = root): string[] {
  if (!nodeFs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return nodeFs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))]));
}

/** The paths whose committed text differs from the fresh output, or that only one side has. */
export function compareContent(out: string, files: Map<string, string>): string[] {
  const committed = COLLECTIONS.flatMap((c) => listFiles(out, join(out, c)));
  const isFile = (path: string) => nodeFs.statSync(join(out, path), { throwIfNoEntry: false })?.isFile() ?? false;
  const stale = [...files]
    .filter(([path, text]) => !isFile(path) || nodeFs.readFileSync(join(out, path), 'utf8') !== text)
    .map(([path]) => path);
  return [...stale, ...committed.filter((path) => !files.has(path)).map((path) => `${path} (not made by the parser)`)].sort();
}

/** Refuses, before anything is written, a file outside the collections or a collection that is not a folder. */
function checkTargets(out: string, files: Map<string, string>, fs: ContentFs): void {
  for (const path of files.keys()) {
    // A file in no collection would be staged and then silently dropped by the swap.
    if (!COLLECTIONS.includes(normalize(path).split(sep)[0]) || normalize(path).split(sep).includes('..')) {
      throw new FileError(join(out, path), `is in none of the collections (${COLLECTIONS.join(', ')})`);
    }
  }
  for (const collection of COLLECTIONS) {
    const target = join(out, collection);
    const stat = attempt(target, 'cannot read', () => fs.statSync(target, { throwIfNoEntry: false }));
    if (stat && !stat.isDirectory()) throw new FileError(target, 'is a file, not a folder: move it away and run again');
  }
}

/** Writes every collection into the staging folder, each one's folder even when it has no files. */
function stage(out: string, staging: string, files: Map<string, string>, fs: ContentFs): void {
  attempt(out, 'cannot write', () => fs.mkdirSync(staging, { recursive: true }));
  for (const collection of COLLECTIONS) {
    // Astro's glob loader fails on a missing folder; an empty collection is an empty folder.
    attempt(join(out, collection), 'cannot write', () => fs.mkdirSync(join(staging, collection)));
  }
  for (const [path, text] of files) {
    const parts = normalize(path).split(sep);
    for (let i = 2; i < parts.length; i++) {
      const folder = join(staging, ...parts.slice(0, i));
      attempt(join(out, ...parts.slice(0, i)), 'cannot write', () => fs.mkdirSync(folder, { recursive: true }));
    }
    attempt(join(out, path), 'cannot write', () => fs.writeFileSync(join(staging, path), text));
  }
}

/** A rename done while swapping, so that it can be undone. */
interface Move {
  from: string;
  to: string;
}

/** Swaps each staged collection in, the old one into the backup folder; every rename done goes in `moves`. */
function swapIn(out: string, staging: string, backup: string, moves: Move[], fs: ContentFs): void {
  const move = (path: string, failed: string, from: string, to: string) => {
    attempt(path, failed, () => fs.renameSync(from, to));
    moves.push({ from, to });
  };
  attempt(out, 'cannot write', () => fs.mkdirSync(backup));
  for (const collection of COLLECTIONS) {
    const target = join(out, collection);
    if (fs.existsSync(target)) move(target, 'cannot move the old folder aside', target, join(backup, collection));
    move(target, 'cannot write', join(staging, collection), target);
  }
}

/** Undoes the renames, last first; returns what could not be undone. */
function rollBack(moves: Move[], fs: ContentFs): string[] {
  const failures: string[] = [];
  for (const { from, to } of moves.toReversed()) {
    try {
      fs.renameSync(to, from);
    } catch (error) {
      failures.push(`${to} could not go back to ${from} (${describeSystemError(error)})`);
    }
  }
  return failures;
}

/** Removes a folder of this run; a failure is returned, not thrown, so that it cannot hide an earlier error. */
function remove(folder: string, fs: ContentFs): string | undefined {
  try {
    fs.rmSync(folder, { recursive: true, force: true });
  } catch (error) {
    return `${folder} could not be removed (${describeSystemError(error)})`;
  }
}

/**
 * Writes content/ all at once or not at all: every collection into a staging folder, then each
 * swapped in for the old one. If a step fails, the renames done are undone, so content/ is either
 * wholly the new parse or as it was, and the error names the path that failed. `fs` is for tests.
 */
export function writeContent(out: string, files: Map<string, string>, fs: ContentFs = nodeFs): void {
  const staging = join(out, `.staging-${process.pid}`);
  const backup = join(out, `.backup-${process.pid}`);
  const moves: Move[] = [];
  const left = `${out.replace(/\/$/, '')}/`;
  try {
    checkTargets(out, files, fs);
    remove(staging, fs);
    stage(out, staging, files, fs);
    swapIn(out, staging, backup, moves, fs);
  } catch (error) {
    const failures = rollBack(moves, fs);
    remove(staging, fs);
    // The backup holds the only copy of what could not be restored: it stays then.
    if (failures.length === 0) remove(backup, fs);
    if (!(error instanceof FileError)) throw error;
    if (failures.length > 0) {
      throw new FileError(
        error.path,
        `${error.message}; ${left} is NOT as it was: ${failures.join('; ')}; the old folders are in ${backup}`,
      );
    }
    throw new FileError(error.path, `${error.message}; ${left} left as it was`);
  }
  const leftovers = [remove(staging, fs), remove(backup, fs)].filter((f) => f !== undefined);
  if (leftovers.length > 0) throw new FileError(out, `written, but ${leftovers.join('; ')}: remove it by hand`);
}
