import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../scripts/content-io.ts';
import { buildSite } from './quality-build.ts';

/** Every file below a folder, path → bytes. */
function filesOf(root: string, only: string[] = []): Map<string, Buffer> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => only.length === 0 || only.some((folder) => path.startsWith(`${folder}/`)))
    .sort();
  return new Map(files.map((path) => [path, readFileSync(join(root, path))]));
}

/** The paths whose bytes differ between two trees, or that only one has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((path) => !a.has(path) || !b.has(path) || !a.get(path)!.equals(b.get(path)!));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kz-determinism-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two builds in a row give the same bytes', () => {
  it('the parser: two runs write byte-identical content/, the same as the committed one', () => {
    const runs = ['first', 'second'].map((name) => {
      const out = join(dir, name);
      const run = spawnSync(process.execPath, ['scripts/build-content.ts', '--out', out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return filesOf(out, COLLECTIONS);
    });
    expect(runs[0].size).toBeGreaterThan(150);
    expect(differences(runs[0], runs[1])).toEqual([]);
    expect(differences(runs[0], filesOf('content', COLLECTIONS))).toEqual([]);
  });

  it('the site: a second build matches dist/ file for file, byte for byte (HTML, assets, sitemap, search index)', () => {
    const out = join(dir, 'site');
    buildSite(out);
    const first = filesOf('dist');
    expect([...first.keys()].filter((path) => path.endsWith('.html')).length).toBeGreaterThan(50);
    expect(differences(first, filesOf(out))).toEqual([]);
  }, 120_000);
});
