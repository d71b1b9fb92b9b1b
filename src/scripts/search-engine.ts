/** Pagefind, loaded on the first search: runs a search with its filters and counts, picks the deep links. */
import { FILTER_KEYS, HIGHLIGHT_PARAM, type FilterKey } from './search-facets.ts';

/** A place inside a result's page where the words matched: a paragraph, a subsection, a note. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { balanced_score: number; location: number }[];
}

/** What Pagefind returns for one result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

/** One result, its data fetched on demand. */
export interface PagefindResult {
  data(): Promise<ResultData>;
}

type Counts = Record<string, Record<string, number>>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options: { filters?: object; sort?: object }): Promise<{ results: PagefindResult[]; filters: Counts }>;
}

/** Filters as Pagefind takes them: one value per filter, all must match. */
export type Filters = Partial<Record<FilterKey, string>>;

/** A search's results and, for each filter, how many results each of its values would give. */
export interface Outcome {
  results: PagefindResult[];
  counts: Record<FilterKey, Record<string, number>>;
}

// A chapter runs to 2,000 words and a footnote to 30: Pagefind's default favours short records so
// much that notes crowd out the chapter paragraph that says the same. Length is not a merit here;
// the sub-results lead into the long pages anyway.
const RANKING = { pageLength: 0, termFrequency: 0.5 };

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, the first time it is needed. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module: Pagefind = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
    await module.options({ highlightParam: HIGHLIGHT_PARAM, ranking: RANKING });
    // Loads the filter index now: until it is loaded, searches come back without filter counts.
    await module.filters();
    return module;
  })();
  return pagefind;
}

/**
 * Runs a search. Each filter's counts keep the other filters but not its own, so that a reader who
 * picked "Recommendation" still sees how many footnotes there would be.
 */
export async function runSearch(words: string, filters: Filters): Promise<Outcome> {
  const engine = await loadPagefind();
  // Without words, list what the filters select, in the report's order.
  const term = words || null;
  const sort = term === null ? { position: 'asc' } : {};
  const main = await engine.search(term, { filters, sort });
  const counts = {} as Outcome['counts'];
  for (const key of FILTER_KEYS) {
    const others = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
    const source = filters[key] ? (await engine.search(term, { filters: others })).filters : main.filters;
    counts[key] = source[key] ?? {};
  }
  return { results: main.results, counts };
}

/**
 * A result's link with the words to highlight as the reader typed them but without quotes:
 * Pagefind passes `"ballot box stuffing"` on as `"ballot`, `box`, `stuffing"`.
 */
export function landingUrl(url: string): string {
  const [path, hash = ''] = url.split('#');
  const [page, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  const words = params
    .getAll(HIGHLIGHT_PARAM)
    .map((w) => w.replace(/["“”]/g, ''))
    .filter(Boolean);
  params.delete(HIGHLIGHT_PARAM);
  for (const word of words) params.append(HIGHLIGHT_PARAM, word);
  const search = params.toString();
  return `${page}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** How many matched words stand right after another: words searched together, found together. */
function adjacency(sub: SubResult): number {
  const sorted = [...sub.locations].sort((a, b) => a - b);
  return sorted.filter((location, i) => i > 0 && location - sorted[i - 1] === 1).length;
}

/** Pagefind's score of a sub-result: the weight of the words it matched. */
function score(sub: SubResult): number {
  return sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
}

/**
 * The places inside a result to link to, best first: the words side by side before the words
 * scattered, then by Pagefind's score. The top of the page is not a deep link and is left out.
 */
export function deepLinks(data: ResultData, max = 3): SubResult[] {
  return data.sub_results
    .filter((sub) => sub.url !== data.url)
    .map((sub) => ({ sub, adjacent: adjacency(sub), score: score(sub) }))
    .sort((a, b) => b.adjacent - a.adjacent || b.score - a.score)
    .slice(0, max)
    .map(({ sub }) => sub);
}
