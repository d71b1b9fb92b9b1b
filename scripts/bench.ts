/**
 * Measures the site on this machine and prints a Markdown report with each budget's verdict:
 * parse and build times, the bytes each page type downloads, Lighthouse scores, search figures.
 * Not a test: the figures depend on the machine. `--readme` also writes the report into README.md.
 *
 *   npm run bench [-- --readme]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { format, resolveConfig } from 'prettier';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { freePort } from '../tests/e2e/global-setup.ts';
import { pageTypes } from '../tests/e2e/quality-pages.ts';
import { readSettings, reportFolder } from './report-folder.ts';
import { timeFullBuild, timeParse } from './bench/build-time.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { checkBudgets, formatReport, type Measurements } from './bench/report.ts';
import { weighPages } from './bench/weigh-pages.ts';

const { values } = parseArgs({ options: { readme: { type: 'boolean', default: false } } });
/** The report the site publishes: REPORT, or the default one. */
const REPORT = reportFolder();
/** The pages whose Lighthouse scores the budget covers: the gates' pages of these kinds. */
const LIGHTHOUSE_KINDS = ['home', 'chapter', 'recommendation', 'search with results'];

/** Where the report goes in README.md. */
const MARKED = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
const readme = readFileSync('README.md', 'utf8');
if (values.readme && !MARKED.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Time the parser alone, then the full build, which leaves a fresh dist/ to measure.
const parseMs = timeParse(REPORT.text, readSettings(REPORT.settings));
const build = timeFullBuild();
// Serve dist/ as a static host would, on a port nobody uses.
const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const origin = `http://127.0.0.1:${port}`;
let measurements: Measurements;
try {
  // Weigh every page type, first visit and second page.
  const browser = await launchBrowser();
  const chromium = browser.version();
  const pages = await weighPages(browser, origin).finally(() => browser.close());
  // Score the reading pages with Lighthouse, one at a time (it wants the machine to itself).
  const lighthouse = [];
  const lighthousePages = pageTypes().filter((t) => t.built && LIGHTHOUSE_KINDS.includes(t.kind));
  for (const page of lighthousePages) lighthouse.push({ ...page, result: await runLighthouse(`${origin}${page.path}`) });
  // Search figures, from the search benchmark when it exists.
  const search = existsSync('scripts/bench-search.ts')
    ? spawnSync(process.execPath, ['scripts/bench-search.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).stdout
    : undefined;
  const day = new Date().toISOString().slice(0, 10);
  const machine = `Measured ${day} on ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Chromium ${chromium}`;
  measurements = { parseMs, build, pages, lighthouse, search, machine };
} finally {
  await server.stop();
}

// Print the report; with --readme, put it in README.md between its markers too.
const report = formatReport(measurements);
console.log(report);
if (values.readme) {
  const updated = readme.replace(MARKED, (_, start: string, end: string) => `${start}\n\n${report}\n\n${end}`);
  writeFileSync('README.md', await format(updated, { ...(await resolveConfig('README.md')), filepath: 'README.md' }));
}
if (checkBudgets(measurements).some((b) => !b.ok)) process.exitCode = 1;
