/** Sortable tables: column headings become buttons, the sort goes into the URL (`?sort=votes&order=desc`). */
import { readQuery } from '../lib/url-params.ts';
import { nextSort, readSort, sortedOrder, writeSort, type SortState } from '../lib/table-sort.ts';

/** The header cells a table can be sorted by. */
const sortHeaders = (table: HTMLTableElement) => [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];

/** Puts the rows in the order of a sort (or back in the order printed) and marks the sorted column. */
function applySort(table: HTMLTableElement, state: SortState | undefined): void {
  const headers = sortHeaders(table);
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const printed = rows.sort((a, b) => Number(a.dataset.printedIndex) - Number(b.dataset.printedIndex));
  const column = headers.findIndex((h) => h.dataset.sortKey === state?.key);
  const order =
    state && column >= 0
      ? sortedOrder(
          printed.map((row) => row.cells[column].dataset.sortValue ?? row.cells[column].textContent ?? ''),
          state.direction,
        )
      : printed.map((_, i) => i);
  body.append(...order.map((i) => printed[i]));
  for (const header of headers) {
    if (state && header.dataset.sortKey === state.key) header.setAttribute('aria-sort', state.direction);
    else header.removeAttribute('aria-sort');
  }
  const status = document.querySelector(`[data-sort-status="${table.id}"]`);
  if (status && state && column >= 0) {
    const label = headers[column].querySelector('.sort-label')?.textContent?.trim() ?? state.key;
    status.textContent = `Sorted by ${label}, ${state.direction}.`;
  }
}

/** Turns a header's content into a button with a mark showing the sort. */
function makeButton(header: HTMLTableCellElement, onClick: () => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sort-button';
  const label = document.createElement('span');
  label.className = 'sort-label';
  label.append(...header.childNodes);
  const mark = document.createElement('span');
  mark.className = 'sort-mark';
  mark.setAttribute('aria-hidden', 'true');
  button.append(label, mark);
  button.addEventListener('click', onClick);
  header.append(button);
}

/** Makes one table sortable, starting from the sort in the URL. */
function enhance(table: HTMLTableElement): void {
  const headers = sortHeaders(table);
  [...table.tBodies[0].rows].forEach((row, i) => (row.dataset.printedIndex = String(i)));
  let state = readSort(
    readQuery(location.search),
    headers.map((h) => h.dataset.sortKey!),
  );
  for (const header of headers) {
    makeButton(header, () => {
      state = nextSort(state, header.dataset.sortKey!, header.dataset.sortFirst === 'descending' ? 'descending' : 'ascending');
      applySort(table, state);
      const query = writeSort(readQuery(location.search), state).toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    });
  }
  document.querySelectorAll<HTMLElement>(`[data-sort-hint="${table.id}"]`).forEach((hint) => (hint.hidden = false));
  applySort(table, state);
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
