/**
 * Measures search on the built site (run `npm run build` first) in headless Chromium and prints
 * Markdown tables: relevance on the benchmark's questions (hit@1, hit@3, deep@1, the misses), then
 * index size on disk, bytes the first query fetches, and query times, cold (the first search of a
 * fresh browser) and warm (after it). The relevance floor is a test (tests/e2e/search-relevance.test.ts).
 *
 *   node scripts/bench-search.ts [--runs 1] [--relevance-only]
 *   node scripts/bench-search.ts --report parliamentary-valdoria   (relevance on a fixture report, built into a temporary folder)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';
import { QUERIES } from '../tests/bench/search-queries.ts';
import { buildSite } from '../tests/e2e/quality-build.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { QUESTIONS } from '../tests/bench/search-questions.ts';
import { VALDORIA_QUESTIONS } from '../tests/bench/search-questions-valdoria.ts';
import { askAll, formatScores } from '../tests/bench/search-relevance.ts';
import { timeQuery } from '../tests/bench/time-query.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, 'relevance-only': { type: 'boolean', default: false }, report: { type: 'string' } },
});

/** Bytes of every file below a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * Counts the files a page fetches from the search bundle from now on (its worker's requests
 * included: Pagefind searches in a web worker), as their bytes on disk. Pagefind compresses its
 * index files itself, so this is what a host without compression sends; the local server's own
 * gzip would only shrink the JavaScript.
 */
function countPagefindBytes(page: Page): () => number {
  const files = new Set<string>();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/')) files.add(join('dist', 'pagefind', path.slice(path.indexOf('/pagefind/') + '/pagefind/'.length)));
  });
  return () => [...files].reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Each query as the first search of a fresh browser context (empty cache): its time and bytes. */
async function measureCold(browser: Browser, root: string) {
  const runs: { ms: number; bytes: number }[] = [];
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${root}/search/`, { waitUntil: 'networkidle' });
    const fetched = countPagefindBytes(page);
    const ms = await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    runs.push({ ms, bytes: fetched() });
    await context.close();
  }
  return runs;
}

/** Each query on a page that has already searched once: Pagefind loaded, some index cached. */
async function measureWarm(browser: Browser, root: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${root}/search/`, { waitUntil: 'networkidle' });
  await timeQuery(page, 'election');
  const times: number[] = [];
  for (const query of QUERIES) times.push(await timeQuery(page, query));
  await page.close();
  return times;
}

/** Builds a fixture report into a temporary folder and prints its relevance on its own question set. */
async function benchFixture(name: string): Promise<void> {
  const sets: Record<string, typeof QUESTIONS> = { 'parliamentary-valdoria': VALDORIA_QUESTIONS };
  if (!sets[name]) throw new Error(`no question set for the fixture report "${name}": ${Object.keys(sets).join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    const folder = join('tests/fixtures/reports', name);
    const parse = spawnSync(process.execPath, ['scripts/build-content.ts', '--report', folder, '--out', join(dir, 'content')], {
      encoding: 'utf8',
    });
    if (parse.status !== 0) throw new Error(parse.stderr);
    buildSite(join(dir, 'dist'), { REPORT: folder, CONTENT_DIR: join(dir, 'content') }, { compress: false });
    const server = await serveStatic(join(dir, 'dist'));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      console.log(`Search relevance on ${name}: ${sets[name].length} questions, headless Chromium ${browser.version()}.\n`);
      console.log(formatScores(await askAll(context, server.origin, sets[name])));
    } finally {
      await browser.close();
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The value below which a share of the sorted values falls (nearest rank). */
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

if (values.report) {
  await benchFixture(values.report);
  process.exit(0);
}

if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('dist/ has no search index: run `npm run build` first');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const root = `http://127.0.0.1:${server.port}${(process.env.BASE ?? '/').replace(/\/$/, '')}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  console.log(
    `Search relevance: ${QUESTIONS.length} questions (tests/bench/search-questions.ts), headless Chromium ${browser.version()}.\n`,
  );
  console.log(`${formatScores(await askAll(context, root, QUESTIONS))}\n`);
  await context.close();
  if (values['relevance-only']) process.exit(0);
  const cold: { ms: number; bytes: number }[] = [];
  const warm: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    cold.push(...(await measureCold(browser, root)));
    warm.push(...(await measureWarm(browser, root)));
  }
  const bytes = cold.map((c) => c.bytes);
  const data = ['index', 'fragment', 'filter'].filter((d) => existsSync(`dist/pagefind/${d}`));
  const rows = [
    ['Index on disk: `dist/pagefind/`, all files', kB(folderBytes('dist/pagefind'))],
    [
      `Index on disk: the index proper (${data.map((d) => `\`${d}/\``).join(', ')})`,
      kB(data.reduce((s, d) => s + folderBytes(`dist/pagefind/${d}`), 0)),
    ],
    [
      'Bytes fetched by the first query: median (min–max)',
      `${kB(percentile(bytes, 0.5))} (${kB(Math.min(...bytes))}–${kB(Math.max(...bytes))})`,
    ],
    [
      'First query, cold: median',
      ms(
        percentile(
          cold.map((c) => c.ms),
          0.5,
        ),
      ),
    ],
    [
      'First query, cold: 95th percentile',
      ms(
        percentile(
          cold.map((c) => c.ms),
          0.95,
        ),
      ),
    ],
    ['Later queries, warm: median', ms(percentile(warm, 0.5))],
    ['Later queries, warm: 95th percentile', ms(percentile(warm, 0.95))],
  ];
  console.log(
    `Search benchmark: ${QUERIES.length} queries × ${values.runs} run(s), headless Chromium ${browser.version()}, site served locally.\n`,
  );
  console.log('| measure | value |\n| --- | --- |');
  for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);
} finally {
  await browser.close();
  await server.stop();
}
