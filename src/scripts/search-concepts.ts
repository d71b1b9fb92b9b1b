/**
 * Searches a query's concepts with Pagefind, which has no "or": every combination of their
 * alternatives, merged; when no record holds them all, each on its own, ranked by how many a
 * record holds.
 */
import type { Counts, Filters, Pagefind, PagefindResult, ResultData } from './search-engine.ts';
import { pagefindTerm, type Concept, type QueryPlan } from './search-query.ts';

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
export function combinations(concepts: Concept[], max = 12): string[][] {
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
export async function searchConcepts(
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
