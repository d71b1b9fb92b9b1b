import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './quality-build.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-errors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a local build, with the content in another folder. */
const env = (content: string) => buildEnv({ CONTENT_DIR: content });

describe('a build that would lose text fails', () => {
  it('a section Astro cannot load: the build fails on the logged error, verify-site names what is lost by source line', () => {
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true, filter: (src) => !src.includes('source') });
    // One paragraph fewer in the body than the front matter lists: the paragraph plugin refuses the file.
    const file = join(content, 'sections', '17-opening-and-voting.md');
    const text = readFileSync(file, 'utf8');
    const [front, body] = [text.slice(0, text.indexOf('---', 4) + 4), text.slice(text.indexOf('---', 4) + 4)];
    writeFileSync(file, front + body.trim().split('\n\n').slice(1).join('\n\n'));
    const out = join(dir, 'dist');
    const build = spawnSync(process.execPath, ['scripts/build-site.ts', '--outDir', out], { encoding: 'utf8', env: env(content) });
    expect(build.status).toBe(1);
    // Astro logs the loader's error; whether it then exits 1 itself or build-site does, the build fails naming the file.
    // Astro colours its log where it sees fit (CI=true, say): compare the words.
    expect(build.stderr.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/\[ERROR\] \[glob-loader\] Error rendering 17-opening-and-voting\.md/);
    const verify = spawnSync(process.execPath, ['scripts/verify-site.ts', '--site', out], { encoding: 'utf8', env: env(content) });
    expect(verify.status).toBe(1);
    // The failed build left no chapter pages: every paragraph is reported by its source line, the first twenty and a count.
    expect(verify.stderr).toMatch(
      /^content\/source\/report\.txt:57: paragraph 1 is missing from .*sections\/executive-summary\/index\.html$/m,
    );
    expect(verify.stderr).toMatch(/… and \d+ more/);
  }, 120_000);

  it('a release build with a placeholder address is refused, naming what to set; a local build is not', () => {
    const { LOCAL_BUILD: _local, SITE: _site, ...rest } = env('content');
    const run = spawnSync(process.execPath, ['scripts/build-site.ts', '--outDir', join(dir, 'release')], { encoding: 'utf8', env: rest });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      "the site's address is a placeholder (https://odihr-kz-2019.example.org): set SITE=https://… or `site:` in the report's report.yaml, or LOCAL_BUILD=1 for a local build",
    );
  });
});
