/**
 * Where inside a result to land: its sub-results (paragraphs, subsections, notes) ranked by what
 * they hold of the query, and the links to them carrying the words to highlight.
 */
import type { ResultData, SubResult } from './search-engine.ts';
import { HIGHLIGHT_PARAM } from './search-facets.ts';
import { matchTerm, type Concept, type QueryPlan } from './search-query.ts';

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
