import { BUILD_MS, CSS_GZIP, isReadingPage, kb, LIGHTHOUSE_SCORE, READING_JS_GZIP, verdict } from './budgets.ts';
import type { Timing } from './build-time.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { markdownTable } from './markdown-table.ts';
import type { Bytes } from './page-weight.ts';
import type { PageWeight } from './weigh-pages.ts';

/** Everything the benchmark measured. */
export interface Measurements {
  parseMs: number;
  build: Timing[];
  pages: PageWeight[];
  lighthouse: { kind: string; path: string; result: LighthouseResult }[];
  search?: string;
  /** When and where: date, cores, CPU, Node and Chromium versions. */
  machine: string;
}

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const bytes = (b: Bytes) => (b.raw === 0 ? '0' : `${kb(b.raw)} / ${kb(b.gzip)}`);

/** One budget's line in the summary: what it is, what was measured, and whether it holds. */
interface Budget {
  budget: string;
  measured: string;
  ok: boolean;
}

/** A page type's verdict on the byte budgets: JS counts on reading pages only. */
function pageVerdict(p: PageWeight): string {
  const css = p.first.css.gzip <= CSS_GZIP;
  if (!isReadingPage(p.kind)) return `CSS ${verdict(css)}; JS: loads search, no budget`;
  return `JS ${verdict(p.first.js.gzip <= READING_JS_GZIP)}, CSS ${verdict(css)}`;
}

/** Every budget of the issue checked against the measurements. */
export function checkBudgets(m: Measurements): Budget[] {
  const full = m.build.at(-1)!.ms;
  const reading = m.pages.filter((p) => isReadingPage(p.kind));
  const maxJs = Math.max(...reading.map((p) => p.first.js.gzip));
  const maxCss = Math.max(...m.pages.map((p) => p.first.css.gzip));
  const minScore = Math.min(...m.lighthouse.flatMap((l) => Object.values(l.result.scores)));
  return [
    {
      budget: `JS on reading pages before searching ≤ ${kb(READING_JS_GZIP)} gzip`,
      measured: `${kb(maxJs)} (largest)`,
      ok: maxJs <= READING_JS_GZIP,
    },
    { budget: `CSS ≤ ${kb(CSS_GZIP)} gzip`, measured: `${kb(maxCss)} (largest)`, ok: maxCss <= CSS_GZIP },
    { budget: `Lighthouse: each category ${LIGHTHOUSE_SCORE}`, measured: `${minScore} (lowest)`, ok: minScore >= LIGHTHOUSE_SCORE },
    { budget: `full build < ${seconds(BUILD_MS)}`, measured: seconds(full), ok: full < BUILD_MS },
  ];
}

/** The benchmark as Markdown: budgets first, then build times, page weights, Lighthouse and search. */
export function formatReport(m: Measurements): string {
  const budgets = checkBudgets(m);
  const parts = [
    `${m.machine}.\n\nBudgets:\n\n` +
      markdownTable(
        ['budget', 'measured', 'status'],
        budgets.map((b) => [b.budget, b.measured, verdict(b.ok)]),
      ),
    'Build:\n\n' +
      markdownTable(
        ['step', 'time'],
        [['parse the report (in process, median of 5)', seconds(m.parseMs)], ...m.build.map((t) => [t.step, seconds(t.ms)])],
        ['l', 'r'],
      ),
    'Bytes a visit downloads, raw / gzip. _First visit_: nothing cached. _Second page_: after the home page (a chapter for the home page itself), with the files that page fetched cached.\n\n' +
      markdownTable(
        ['page type', 'first: HTML', 'CSS', 'JS', 'other', 'second page: HTML', 'CSS', 'JS', 'other', 'JS and CSS budgets'],
        m.pages.map((p) => [
          `${p.kind} \`${p.path}\``,
          ...[p.first, p.warm].flatMap((w) => [bytes(w.html), bytes(w.css), bytes(w.js), bytes(w.other)]),
          pageVerdict(p),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    'Lighthouse (mobile, simulated throttling), Debian Chromium:\n\n' +
      markdownTable(
        ['page', ...Object.values(CATEGORIES)],
        m.lighthouse.map((l) => [
          `${l.kind} \`${l.path}\``,
          ...Object.keys(CATEGORIES).map((c) => String(l.result.scores[c as keyof typeof CATEGORIES])),
        ]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
  ];
  const lost = m.lighthouse.flatMap((l) => l.result.lost.map((a) => `- ${l.path}: ${a}`));
  if (lost.length > 0) parts.push(`Lighthouse audits that cost points:\n\n${lost.join('\n')}`);
  parts.push(m.search ? `Search (scripts/bench-search.ts):\n\n${m.search.trim()}` : 'Search: scripts/bench-search.ts is not there yet.');
  return parts.join('\n\n');
}
