/** What the filters of /recommendations/ need to know of a recommendation. */
export interface Filterable {
  priority: boolean;
  topicSlug: string;
}

/** The filters' state, as in the URL: `?priority=yes&topic=media`. Absent means "all". */
export interface FilterState {
  priority?: 'yes' | 'no';
  topic?: string;
}

/** Reads the filters from a query string, ignoring values that name no known option. */
export function readFilters(search: string | URLSearchParams, topics: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const priority = params.get('priority');
  const topic = params.get('topic');
  return {
    ...(priority === 'yes' || priority === 'no' ? { priority } : {}),
    ...(topic && topics.includes(topic) ? { topic } : {}),
  };
}

/** Writes the filters as a query string ("?priority=yes&topic=media"), or "" when nothing is filtered. */
export function writeFilters(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.priority) params.set('priority', state.priority);
  if (state.topic) params.set('topic', state.topic);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a recommendation passes the filters. */
export function matchesFilters(item: Filterable, state: FilterState): boolean {
  return (!state.priority || item.priority === (state.priority === 'yes')) && (!state.topic || item.topicSlug === state.topic);
}

/** How many recommendations pass the filters. */
export function countMatching(items: readonly Filterable[], state: FilterState): number {
  return items.filter((item) => matchesFilters(item, state)).length;
}

/** The summary line: "Showing all 12 recommendations", "Showing 5 of 12 recommendations". */
export function filterSummary(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} recommendations`;
  return `Showing ${shown} of ${total} recommendation${total === 1 ? '' : 's'}`;
}
