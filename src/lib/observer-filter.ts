/** What the reader filters the list of observers by; empty strings filter nothing. */
export interface ObserverFilter {
  /** Key of a group ("odihr-eom-core-team"). */
  group: string;
  /** A country as printed ("Germany"). */
  country: string;
  /** Words of a name. */
  q: string;
}

/** The fields a filter row needs: its group's key, country and name as printed. */
export interface FilterableRow {
  group: string;
  country: string;
  name: string;
}

/** A name folded for matching: any case, accents ignored ("PEÇI" matches "peci"), spaces collapsed. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The filter a URL asks for (`?group=…&country=…&q=…`). */
export function readFilter(params: URLSearchParams): ObserverFilter {
  return { group: params.get('group') ?? '', country: params.get('country') ?? '', q: params.get('q') ?? '' };
}

/** The URL's query with a filter written into it: empty fields are left out, other parameters kept. */
export function writeFilter(params: URLSearchParams, filter: ObserverFilter): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of ['group', 'country', 'q'] as const) {
    if (filter[key].trim()) out.set(key, filter[key]);
    else out.delete(key);
  }
  return out;
}

/** Whether a row passes the filter: every word of the search in the name, group and country exact. */
export function matchesFilter(row: FilterableRow, filter: ObserverFilter): boolean {
  if (filter.group && row.group !== filter.group) return false;
  if (filter.country && row.country !== filter.country) return false;
  const name = foldName(row.name);
  return foldName(filter.q)
    .split(' ')
    .every((word) => name.includes(word));
}

/** Whether the filter filters anything. */
export function isFiltering(filter: ObserverFilter): boolean {
  return Boolean(filter.group || filter.country || filter.q.trim());
}
