/**
 * Scores search relevance on the built site the way a reader meets it: each question is typed into
 * /search/?q= in Chromium, and the results the page shows are read from the page. Shared by
 * `npm run bench:search` and the floor test (tests/e2e/search-relevance.test.ts).
 */
import type { BrowserContext } from 'playwright-core';
import type { Question } from './search-questions.ts';

/** A result as the page shows it: where its title links, where its deep links lead (site paths with anchors). */
export interface Shown {
  href: string;
  deepLinks: string[];
}

/** One question's outcome. */
export interface Scored {
  question: Question;
  hit1: boolean;
  hit3: boolean;
  deep1: boolean;
  /** Where the first three results would take the reader first (their first deep link, or the result itself). */
  top: string[];
  /** The search page's status line: what was searched, dropped, not found. */
  status: string;
  ms: number;
}

/** The record a link names: a footnote is a record of its own, a paragraph belongs to its page. */
const recordOf = (url: string) => (url.includes('#fn-') ? url : url.split('#')[0]);

/** Where a result takes the reader first: its first deep link, else the result itself. */
const landingOf = (r: Shown) => r.deepLinks[0] ?? r.href;

/** Whether a landing is one of the answers: the very anchor, or the page where the answer is a page. */
const lands = (landing: string, answers: string[]) => answers.some((a) => (a.includes('#') ? landing === a : recordOf(landing) === a));

/** Scores one question's results. */
export function score(question: Question, shown: Shown[], status = '', ms = 0): Scored {
  const records = new Set(question.answers.map(recordOf));
  const answering = (r: Shown) => records.has(recordOf(r.href));
  const first = shown.find(answering);
  return {
    question,
    hit1: shown.slice(0, 1).some(answering),
    hit3: shown.slice(0, 3).some(answering),
    // The first deep link of the answering result (wherever it ranks) lands on the answer.
    deep1: first !== undefined && lands(landingOf(first), question.answers),
    top: shown.slice(0, 3).map(landingOf),
    status,
    ms,
  };
}

/** Opens /search/?q= for a question in a new page of the context and reads the results shown. */
export async function ask(context: BrowserContext, root: string, question: Question): Promise<Scored> {
  const page = await context.newPage();
  try {
    const start = Date.now();
    await page.goto(`${root}/search/?q=${encodeURIComponent(question.q)}`, { waitUntil: 'load' });
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    const ms = Date.now() - start;
    const base = new URL(root).pathname.replace(/\/$/, '');
    const shown = await page.$$eval(
      '#search-results > li',
      (items, base) => {
        const site = (a: HTMLAnchorElement) => `${new URL(a.href).pathname.slice(base.length)}${new URL(a.href).hash}`;
        return items.map((li) => ({
          href: site(li.querySelector<HTMLAnchorElement>('h3 a')!),
          deepLinks: [...li.querySelectorAll<HTMLAnchorElement>('a.deep-link')].map(site),
        }));
      },
      base,
    );
    const status = (await page.locator('#search-status').innerText()).replace(/\s+/g, ' ').trim();
    return score(question, shown, status, ms);
  } finally {
    await page.close();
  }
}

/** Asks every question, one page at a time in one context (one reader searching again and again). */
export async function askAll(context: BrowserContext, root: string, questions: Question[]): Promise<Scored[]> {
  const scored: Scored[] = [];
  for (const question of questions) scored.push(await ask(context, root, question));
  return scored;
}

/** The share of questions that pass a measure, in per cent. */
export const rate = (scored: Scored[], measure: 'hit1' | 'hit3' | 'deep1') =>
  (100 * scored.filter((s) => s[measure]).length) / scored.length;

/** The scores as a Markdown table and the misses as a list. */
export function formatScores(scored: Scored[]): string {
  const row = (measure: 'hit1' | 'hit3' | 'deep1', label: string) =>
    `| ${label} | ${scored.filter((s) => s[measure]).length}/${scored.length} | ${rate(scored, measure).toFixed(1)} % |`;
  const misses = scored
    .filter((s) => !s.hit1 || !s.deep1)
    .map(
      (s) =>
        `- ${s.hit1 ? '' : 'hit@1 '}${s.deep1 ? '' : 'deep@1 '}“${s.question.q}” → ${s.question.answers[0]} (${s.question.why}); first: ${s.top.join(', ') || 'nothing'}${s.status ? `; status: ${s.status}` : ''}`,
    );
  return [
    `| measure | questions | share |`,
    `| --- | --- | --- |`,
    row('hit1', 'hit@1 (the answering page or note is the first result)'),
    row('hit3', 'hit@3 (it is among the first three)'),
    row('deep1', 'deep@1 (its first deep link lands on the answering paragraph or note)'),
    '',
    misses.length ? `Misses:\n${misses.join('\n')}` : 'No misses.',
  ].join('\n');
}
