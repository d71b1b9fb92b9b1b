/** A table's sort: which column (by its key) and which way. */
export interface SortState {
  key: string;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two cells' sort values: numbers as numbers, anything else as text in English order. */
export function compareCells(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return collator.compare(a, b);
}

/** The rows' indices in sorted order; equal rows keep the order they had. */
export function sortedOrder(values: string[], direction: SortState['direction']): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return values
    .map((value, index) => ({ value, index }))
    .sort((p, q) => sign * compareCells(p.value, q.value) || p.index - q.index)
    .map((p) => p.index);
}

/** The sort a URL asks for (`?sort=votes&order=desc`), if its key is one of the table's columns. */
export function readSort(params: URLSearchParams, keys: string[]): SortState | undefined {
  const key = params.get('sort');
  if (!key || !keys.includes(key)) return undefined;
  return { key, direction: params.get('order') === 'desc' ? 'descending' : 'ascending' };
}

/** The URL's query with a sort written into it (or taken out), other parameters kept. */
export function writeSort(params: URLSearchParams, state: SortState | undefined): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('sort');
  out.delete('order');
  if (state) {
    out.set('sort', state.key);
    out.set('order', state.direction === 'descending' ? 'desc' : 'asc');
  }
  return out;
}

/** The sort after a click on a column's header: a new column starts the way it reads best, the same column turns round. */
export function nextSort(current: SortState | undefined, key: string, firstDirection: SortState['direction']): SortState {
  if (current?.key !== key) return { key, direction: firstDirection };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
