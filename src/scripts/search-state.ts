/** A search as the /search/ page's URL carries it: `?q=defamation&kind=recommendation&priority=yes`. */
import { FILTER_KEYS, type FilterKey } from './search-facets.ts';

/** The words searched for, and the value picked for each filter (absent: any). */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Reads a search from a URL's query string; unknown parameters are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search as a query string, in a fixed order and without empty parameters. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  return params;
}

/** Whether there is anything to search for: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}
