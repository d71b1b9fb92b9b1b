import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { sicListSchema, type Sic } from '../src/schemas/sic.ts';

/** The folders of content/ that the parser owns; content/source is never touched. */
export const COLLECTIONS = ['report', 'sections', 'footnotes', 'recommendations', 'results', 'observers'];

/** Reads the report's bytes; a missing file is an error naming it. */
export function readSource(path: string): Uint8Array {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  return readFileSync(path);
}

/** Reads the editorial list of misprints; a malformed list is an error naming the file. */
export function readSicList(path: string): Sic[] {
  const result = sicListSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Every file below a folder, as paths relative to it. */
function listFiles(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  );
}

/** The paths whose committed text differs from the fresh output, or that only one side has. */
export function compareContent(out: string, files: Map<string, string>): string[] {
  const committed = COLLECTIONS.flatMap((c) => listFiles(out, join(out, c)));
  const stale = [...files]
    .filter(([path, text]) => !existsSync(join(out, path)) || readFileSync(join(out, path), 'utf8') !== text)
    .map(([path]) => path);
  return [...stale, ...committed.filter((path) => !files.has(path)).map((path) => `${path} (not made by the parser)`)].sort();
}

/**
 * Writes the collections into a staging folder, then swaps each in for the old one: a failure
 * while writing leaves content/ as it was.
 */
export function writeContent(out: string, files: Map<string, string>): void {
  const staging = join(out, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
    }
    for (const collection of COLLECTIONS) {
      const target = join(out, collection);
      const old = join(staging, `old-${collection}`);
      if (existsSync(target)) renameSync(target, old);
      renameSync(join(staging, collection), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
