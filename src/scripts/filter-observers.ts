/** The list of observers: filter by group, country and name, with the filter in the URL (`?group=…&country=…&q=…`). */
import { readQuery } from '../lib/url-params.ts';
import { isFiltering, matchesFilter, readFilter, writeFilter, type ObserverFilter } from '../lib/observer-filter.ts';

const form = document.getElementById('observer-filter') as HTMLFormElement | null;
const table = document.getElementById('observer-table') as HTMLTableElement | null;
const count = document.getElementById('observer-count');

/** The filter the form shows. */
function formFilter(form: HTMLFormElement): ObserverFilter {
  const data = new FormData(form);
  return { group: String(data.get('group') ?? ''), country: String(data.get('country') ?? ''), q: String(data.get('q') ?? '') };
}

/** Shows the rows that pass the filter and says how many. */
function apply(filter: ObserverFilter, rows: HTMLTableRowElement[]): void {
  let shown = 0;
  for (const row of rows) {
    const { group = '', country = '', name = '' } = row.dataset;
    row.hidden = !matchesFilter({ group, country, name }, filter);
    if (!row.hidden) shown++;
  }
  if (count) {
    count.textContent = !isFiltering(filter)
      ? `All ${rows.length} people, in the order of the annex.`
      : shown === 0
        ? `No one of the ${rows.length} people matches.`
        : `${shown} of ${rows.length} ${rows.length === 1 ? 'person' : 'people'} shown.`;
  }
}

/** Writes the form's filter into the URL, replacing the entry so the back button leaves the page. */
function remember(filter: ObserverFilter): void {
  const query = writeFilter(readQuery(location.search), filter).toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

if (form && table) {
  const rows = [...table.tBodies[0].rows];
  const fromUrl = readFilter(readQuery(location.search));
  // A menu keeps only a value it offers: an unknown group or country in the URL filters nothing.
  for (const [name, value] of Object.entries(fromUrl))
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = value;
  const update = () => {
    const filter = formFilter(form);
    apply(filter, rows);
    remember(filter);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(update));
  form.hidden = false;
  update();
}
