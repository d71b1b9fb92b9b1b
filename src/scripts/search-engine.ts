/** Pagefind, loaded on the first search: runs a search with its filters and counts, picks the deep links. */
import { FILTER_KEYS, HIGHLIGHT_PARAM, type FilterKey } from './search-facets.ts';
import { matchTerm, pagefindTerm, planQuery, type Concept, type Lexicon, type QueryPlan } from './search-query.ts';

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

type Counts = Record<string, Record<string, number>>;

interface Pagefind {
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

/** A result whose data is fetched on demand. */
export interface Found {
  data(): Promise<ResultData>;
}

/** A result as the engine ranks it: Pagefind's result, its score, and which concepts of the query it holds. */
interface Ranked {
  id: string;
  score: number;
  covered: number[];
  result: Found;
}

/** Every combination of the concepts' alternatives (Pagefind has no "or"), at most `max`. */
function combinations(concepts: Concept[], max = 12): string[][] {
  let combos: string[][] = [[]];
  for (const concept of concepts) combos = combos.flatMap((c) => concept.terms.map((t) => [...c, pagefindTerm(t)])).slice(0, max);
  return combos;
}

/** One record's data as several searches found it: the best one's, with the words every search marked. */
async function mergeData(found: PagefindResult[]): Promise<ResultData> {
  const [best, ...others] = await Promise.all(found.map((r) => r.data()));
  if (others.length === 0) return best;
  const subs = new Map(
    best.sub_results.map((sub) => [sub.url, { ...sub, locations: [...sub.locations], weighted_locations: [...sub.weighted_locations] }]),
  );
  for (const sub of others.flatMap((d) => d.sub_results)) {
    const known = subs.get(sub.url);
    if (!known) subs.set(sub.url, sub);
    else {
      known.locations = [...new Set([...known.locations, ...sub.locations])];
      known.weighted_locations.push(
        ...sub.weighted_locations.filter((w) => !known.weighted_locations.some((k) => k.location === w.location)),
      );
    }
  }
  return { ...best, sub_results: [...subs.values()] };
}

/** Runs searches and keeps each result once, at its best score; `covered` names the concepts searched. */
async function searchAll(
  engine: Pagefind,
  terms: string[][],
  filters: Filters,
  covered: number[],
  counts?: (counts: Counts) => void,
): Promise<Map<string, Ranked>> {
  const found = new Map<string, { score: number; all: PagefindResult[] }>();
  const outcomes = await Promise.all(terms.map((t) => engine.search(t.join(' '), { filters })));
  // The first search has every word as first spelled: its filter counts are the ones shown.
  counts?.(outcomes[0].filters);
  for (const result of outcomes.flatMap((o) => o.results)) {
    const known = found.get(result.id) ?? { score: 0, all: [] };
    // The best-scored search first: its excerpt is shown.
    known.all = result.score > known.score ? [result, ...known.all] : [...known.all, result];
    known.score = Math.max(known.score, result.score);
    found.set(result.id, known);
  }
  return new Map([...found].map(([id, { score, all }]) => [id, { id, score, covered, result: { data: () => mergeData(all) } }]));
}

/**
 * Searches every concept of a query together, with their alternatives. When no record holds them
 * all, searches each on its own and ranks records by how many they hold: the words no record holds
 * are reported as not found.
 */
async function searchConcepts(
  engine: Pagefind,
  plan: QueryPlan,
  filters: Filters,
): Promise<{ ranked: Ranked[]; notFound: string[]; partial: boolean; term: string | undefined; counts: Counts }> {
  // A word the report never uses is not searched (Pagefind would find words that begin alike), and said not found.
  const unknown = plan.concepts.filter((c) => !c.known).map((c) => c.typed);
  const known = unknown.length < plan.concepts.length ? plan.concepts.filter((c) => c.known) : plan.concepts;
  const all = known.map((c) => plan.concepts.indexOf(c));
  let counts: Counts = {};
  const together = await searchAll(engine, combinations(known), filters, all, (c) => (counts = c));
  const missing = unknown.length < plan.concepts.length ? unknown : [];
  if (together.size > 0 || known.length < 2)
    return {
      ranked: [...together.values()],
      notFound: together.size ? missing : plan.concepts.map((c) => c.typed),
      partial: missing.length > 0,
      // The search that filter counts are taken from: every word searched, each as first spelled.
      term: combinations(known, 1)[0].join(' '),
      counts,
    };
  const alone = await Promise.all(
    plan.concepts.map((c, i) =>
      searchAll(
        engine,
        c.terms.map((t) => [pagefindTerm(t)]),
        filters,
        [i],
      ),
    ),
  );
  const merged = new Map<string, Ranked>();
  for (const found of alone) {
    for (const r of found.values()) {
      const known = merged.get(r.id);
      merged.set(r.id, known ? { ...known, score: known.score + r.score, covered: [...known.covered, ...r.covered] } : r);
    }
  }
  const notFound = [...missing, ...known.filter((_, i) => alone[i].size === 0).map((c) => c.typed)];
  // A record's data comes from a search of the concepts it holds, so that its sub-results mark them all.
  const ranked = [...merged.values()].map((r) => ({
    ...r,
    result: {
      data: async () => {
        const terms = r.covered.map((i) => pagefindTerm(plan.concepts[i].terms[0]));
        const again = (await engine.search(terms.join(' '), { filters })).results.find((x) => x.id === r.id);
        return (again ?? r.result).data();
      },
    },
  }));
  return {
    ranked: ranked.sort((a, b) => b.covered.length - a.covered.length || b.score - a.score),
    notFound,
    partial: true,
    term: undefined,
    counts,
  };
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

/** A sub-result with what it holds of the query: how many of its concepts, how close together, Pagefind's score. */
export interface Placed {
  sub: SubResult;
  concepts: number;
  /** When the question asks for a figure: how many words from the matched words the nearest figure stands (at most 50). */
  figure: number;
  /** How many concepts it holds as the reader wrote them, not as an alternative. */
  typed: number;
  span: number;
  score: number;
}

/** Pagefind's score of a sub-result: the weight of the words it matched. */
function scoreOf(sub: SubResult): number {
  return sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
}

/**
 * What a sub-result holds of the query: which concepts its matched words belong to, and the fewest
 * words that span one of each (words searched together, found together, have a span of their count).
 */
function place(sub: SubResult, words: string[], concepts: Concept[], wantsFigure: boolean): Placed {
  const hits = [...sub.locations]
    .sort((a, b) => a - b)
    .flatMap((location) => {
      const concept = concepts.findIndex((c) => matchTerm(words, location, c) >= 0);
      return concept >= 0 ? [{ location, concept, typed: matchTerm(words, location, concepts[concept]) === 0 }] : [];
    });
  const distinct = new Set(hits.map((h) => h.concept)).size;
  const typed = new Set(hits.filter((h) => h.typed).map((h) => h.concept)).size;
  // The shortest window of matched words that holds every concept the sub-result holds.
  let span = Infinity;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length; j++) {
      seen.add(hits[j].concept);
      if (seen.size === distinct) {
        span = Math.min(span, hits[j].location - hits[i].location + 1);
        break;
      }
    }
  }
  // A figure near the matched words, for questions that ask for one ("how many").
  const [first, last] = [hits[0]?.location ?? 0, hits.at(-1)?.location ?? 0];
  let figure = Infinity;
  if (wantsFigure && hits.length > 0)
    words.forEach((w, i) => {
      if (/\d/.test(w)) figure = Math.min(figure, i < first ? first - i : i > last ? i - last : 0);
    });
  return { sub, concepts: distinct, figure: Math.min(figure, 50), typed, span, score: scoreOf(sub) };
}

/** A result's sub-results ranked for a query: most of its distinct concepts, most as typed, a figure nearest (when asked for), then closest together, then Pagefind's score. */
export function placeSubResults(data: ResultData, plan: Pick<QueryPlan, 'concepts' | 'wantsFigure'>): Placed[] {
  // Pagefind counts word locations over the record's text split at white space.
  const words = (data.content ?? '').split(/\s+/).filter(Boolean);
  return data.sub_results
    .map((sub) => place(sub, words, plan.concepts, plan.wantsFigure))
    .sort((a, b) => b.concepts - a.concepts || b.typed - a.typed || a.figure - b.figure || a.span - b.span || b.score - a.score);
}

/**
 * The places inside a result to link to, best first (see placeSubResults). The top of the page is
 * not a deep link and is left out, nor is a place without the words.
 */
export function deepLinks(data: ResultData, plan: Pick<QueryPlan, 'concepts' | 'wantsFigure'>, max = 3): SubResult[] {
  return placeSubResults(data, plan)
    .filter(({ sub }) => sub.url !== data.url && sub.locations.length > 0)
    .slice(0, max)
    .map(({ sub }) => sub);
}
