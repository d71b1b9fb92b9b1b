/** Pagefind, loaded ahead of the first search: runs a search with its filters and counts, and ranks its first results. */
import { FILTER_KEYS, HIGHLIGHT_PARAM, type FilterKey } from './search-facets.ts';

export type { Found } from './search-concepts.ts';
export { deepLinks, landingUrl, placeSubResults } from './search-places.ts';
import { searchConcepts, type Found } from './search-concepts.ts';
import { placeSubResults, type Placed } from './search-places.ts';
import { planQuery, type Lexicon, type QueryPlan } from './search-query.ts';

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
  /** The record's whole text, which sub-result locations count words of. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

/** One result, its data fetched on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** For each filter, how many records each of its values holds. */
export type Counts = Record<string, Record<string, number>>;

/** The Pagefind module, as far as the search page uses it. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options: { filters?: object; sort?: object }): Promise<{ results: PagefindResult[]; filters: Counts }>;
}

/** Filters as Pagefind takes them: one value per filter, all must match. */
export type Filters = Partial<Record<FilterKey, string>>;

/** A search's results and, for each filter, how many results each of its values would give. */
export interface Outcome {
  results: Found[];
  /** For each filter value, how many results picking it would give; none when no record holds every word. */
  counts: Record<FilterKey, Record<string, number>> | undefined;
  /** Whether no record holds every word, and the results hold most of them. */
  partial: boolean;
  /** How the words were understood; none when only filters were picked. */
  plan: QueryPlan | undefined;
  /** The concepts no record holds (the results hold the others). */
  notFound: string[];
}

// A chapter runs to 2,000 words and a footnote to 30: Pagefind's default favours short records so
// much that notes crowd out the chapter paragraph that says the same. Length is not a merit here;
// the sub-results lead into the long pages anyway.
const RANKING = { pageLength: 0, termFrequency: 0.5 };

/** Results whose sub-results are read to rank them: the places a reader looks at first. */
const RERANKED = 12;

let pagefind: Promise<Pagefind> | undefined;
let lexicon: Promise<Lexicon> | undefined;

/** Loads Pagefind once, the first time it is needed (or asked for ahead: the page preloads it). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module: Pagefind = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
    await module.options({ highlightParam: HIGHLIGHT_PARAM, ranking: RANKING });
    // Loads the filter index now: until it is loaded, searches come back without filter counts.
    await module.filters();
    // The index's word chunks (a few, split by the alphabet) load now, so that the first search runs warm.
    await Promise.all([...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => module.preload(c)));
    return module;
  })();
  return pagefind;
}

/** Loads the report's lexicon once (its words and acronyms); without it, queries are searched as typed. */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetch(`${import.meta.env.BASE_URL}search/lexicon.json`)
    .then((response) => (response.ok ? (response.json() as Promise<Lexicon>) : { words: [], acronyms: {} }))
    .catch(() => ({ words: [], acronyms: {} }));
  return lexicon;
}

/** The best place in a result for the query: the sub-result holding most of its concepts, the closest together. */
function bestPlace(data: ResultData, plan: QueryPlan): Placed | undefined {
  return placeSubResults(data, plan)[0];
}

/**
 * Runs a search. Each filter's counts keep the other filters but not its own, so that a reader who
 * picked "Recommendation" still sees how many footnotes there would be.
 */
export async function runSearch(words: string, filters: Filters): Promise<Outcome> {
  const [engine, lex] = await Promise.all([loadPagefind(), loadLexicon()]);
  // Without words, list what the filters select, in the report's order.
  if (!words) {
    const main = await engine.search(null, { filters, sort: { position: 'asc' } });
    return {
      results: main.results,
      counts: await countFilters(engine, null, filters, main.filters),
      plan: undefined,
      notFound: [],
      partial: false,
    };
  }
  const plan = planQuery(words, lex);
  const { ranked, notFound, partial, term, counts } = await searchConcepts(engine, plan, filters);
  // The first results are ranked again by their best paragraph or note: a page that holds the words
  // in one paragraph comes before one that scatters them; then the words as typed, a figure when
  // one is asked for, the chapter that sets a finding out before the summary that restates it, the
  // words the page holds anywhere, and how close together they stand.
  const head = await Promise.all(
    ranked.slice(0, RERANKED).map(async (r, order) => {
      const data = await r.result.data();
      return { r, order, data, best: bestPlace(data, plan) };
    }),
  );
  head.sort(
    (a, b) =>
      (b.best?.concepts ?? 0) - (a.best?.concepts ?? 0) ||
      (b.best?.typed ?? 0) - (a.best?.typed ?? 0) ||
      (a.best?.figure ?? Infinity) - (b.best?.figure ?? Infinity) ||
      Number(a.data.meta.restates === 'yes') - Number(b.data.meta.restates === 'yes') ||
      b.r.covered.length - a.r.covered.length ||
      (a.best?.span ?? Infinity) - (b.best?.span ?? Infinity) ||
      a.order - b.order,
  );
  const results: Found[] = [...head.map(({ data }) => ({ data: async () => data })), ...ranked.slice(RERANKED).map((r) => r.result)];
  // Filter counts are Pagefind's for every word together; results that hold only some of them have none.
  if (term === undefined) return { results, counts: undefined, plan, notFound, partial };
  return { results, counts: await countFilters(engine, term, filters, counts), plan, notFound, partial };
}

/** For each filter, how many results each of its values would give, keeping the other filters. */
async function countFilters(engine: Pagefind, term: string | null, filters: Filters, own: Counts): Promise<NonNullable<Outcome['counts']>> {
  const counts = {} as NonNullable<Outcome['counts']>;
  for (const key of FILTER_KEYS) {
    const others = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
    const source = filters[key] ? (await engine.search(term, { filters: others })).filters : own;
    counts[key] = source[key] ?? {};
  }
  return counts;
}
