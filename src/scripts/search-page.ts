/**
 * The /search/ page: the words and filters live in the URL (`?q=defamation&kind=recommendation`),
 * so a search can be shared, reloaded, and walked back with the back button.
 */
import { readQuery } from '../lib/url-params.ts';
import { runSearch, type Filters, type Outcome, type PagefindResult } from './search-engine.ts';
import { FILTER_KEYS, type FilterKey } from './search-facets.ts';
import { renderResult } from './search-render.ts';
import { hasSearch, paramsFromState, stateFromParams, type SearchState } from './search-state.ts';

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = 10;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const selects = FILTER_KEYS.map((key) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!);
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const examples = document.getElementById('search-examples')!;

/** The search the form shows; a filter value the URL named but the form does not know is dropped. */
function readForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const select of selects) if (select.value) filters[select.name as FilterKey] = select.value;
  return { q: input.value.trim(), filters };
}

/** Puts a search into the form. */
function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const select of selects) select.value = state.filters[select.name as FilterKey] ?? '';
}

/** The Pagefind value of a picked option (a chapter is `media` in the URL, "X. Media" in the index). */
function pickedFilters(): Filters {
  const filters: Filters = {};
  for (const select of selects) if (select.value) filters[select.name as FilterKey] = select.selectedOptions[0].dataset.filterValue;
  return filters;
}

/** Shows, next to each filter value, how many results picking it would give. */
function showCounts(counts?: Outcome['counts']): void {
  for (const select of selects) {
    for (const option of select.options) {
      if (!option.value) continue;
      const count = counts?.[select.name as FilterKey][option.dataset.filterValue!];
      option.textContent = counts ? `${option.dataset.label} (${count ?? 0})` : option.dataset.label!;
    }
  }
}

/** What the status line says: the count, the words, the filters picked. */
function describe(state: SearchState, count: number): string {
  const picked = selects.filter((s) => s.value).map((s) => s.selectedOptions[0].dataset.label);
  const found = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  const words = state.q ? ` for “${state.q}”` : '';
  const filters = picked.length ? ` (${picked.join(', ')})` : '';
  return `${found}${words}${filters}.${count === 0 ? ' Try fewer or other words, or remove a filter.' : ''}`;
}

/**
 * Whether the results shown hold the searched words, or only words that begin alike: Pagefind
 * falls back to shorter prefixes for a word it does not know ("Tokaev" finds "to"). A word counts as
 * found when a highlighted word starts like it, endings aside ("elections" finds "election").
 */
function wordsFound(q: string): boolean {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const marked = [...list.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase() ?? '');
  return words.length === 0 || words.some((w) => marked.some((m) => m.startsWith(w.slice(0, Math.max(4, w.length - 3)))));
}

let results: PagefindResult[] = [];
let latest = 0;

/** Appends the next page of results; returns the first link added, to move focus to. */
async function showMore(): Promise<HTMLAnchorElement | null> {
  const [run, start] = [latest, list.children.length];
  const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
  // A newer search may have replaced the list while these results loaded.
  if (run !== latest) return null;
  list.append(...page.map(renderResult));
  more.hidden = list.children.length >= results.length;
  more.textContent = `Show more results (${results.length - list.children.length} more)`;
  return list.children[start]?.querySelector('a') ?? null;
}

/** Runs the form's search and shows it; a search overtaken by a newer one is dropped. */
async function show(): Promise<void> {
  const run = ++latest;
  const state = readForm();
  list.setAttribute('aria-busy', 'true');
  examples.hidden = hasSearch(state);
  if (!hasSearch(state)) {
    [results, status.textContent] = [[], ''];
    list.replaceChildren();
    more.hidden = true;
    showCounts();
    list.setAttribute('aria-busy', 'false');
    return;
  }
  try {
    const outcome = await runSearch(state.q, pickedFilters());
    if (run !== latest) return;
    results = outcome.results;
    list.replaceChildren();
    await showMore();
    if (run !== latest) return;
    showCounts(outcome.counts);
    status.textContent = describe(state, results.length);
    if (results.length > 0 && !wordsFound(state.q)) {
      status.textContent += ` No page has “${state.q}” itself: these results hold words that begin like it. Check the spelling.`;
    }
  } catch (error) {
    status.textContent = `The search could not run: ${(error as Error).message}`;
  }
  if (run === latest) list.setAttribute('aria-busy', 'false');
}

// History: typing a new search adds one entry, and further typing refines it in place; pressing
// Enter or picking a filter settles it, so the next change adds a new entry.
let refining = false;
/** Writes the form's search into the URL and shows it. */
function update(typing: boolean): void {
  const params = paramsFromState(readForm()).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (typing && refining) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  refining = typing;
  void show();
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => update(true), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  update(false);
});
for (const select of selects) select.addEventListener('change', () => update(false));
more.addEventListener('click', async () => (await showMore())?.focus());
window.addEventListener('popstate', () => {
  refining = false;
  writeForm(stateFromParams(readQuery(location.search)));
  void show();
});

writeForm(stateFromParams(readQuery(location.search)));
void show();
