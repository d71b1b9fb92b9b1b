/**
 * The /search/ page: the words and filters live in the URL (`?q=defamation&kind=recommendation`),
 * so a search can be shared, reloaded, and walked back with the back button.
 */
import { readQuery } from '../lib/url-params.ts';
import { loadLexicon, loadPagefind, runSearch, type Filters, type Found, type Outcome } from './search-engine.ts';
import { FILTER_KEYS, type FilterKey } from './search-facets.ts';
import { planQuery, type QueryPlan } from './search-query.ts';
import { renderResult } from './search-render.ts';
import { hasSearch, paramsFromState, stateFromParams, type SearchState } from './search-state.ts';

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = 10;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const selects = FILTER_KEYS.map((key) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!);
const heading = document.getElementById('search-heading')!;
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

/** What was searched besides the words typed, what was left out, and what no page holds. */
function explain({ plan, notFound, partial }: Outcome, count: number): string {
  if (!plan) return '';
  const quote = (words: string[]) => words.map((w) => `“${w}”`).join(', ');
  const parts: string[] = [];
  if (plan.also.length) parts.push(`Also searched: ${quote(plan.also)}.`);
  if (plan.dropped.length) parts.push(`Left out: ${quote(plan.dropped)}.`);
  if (partial && count > 0) parts.push(`No page holds all the words: these hold the most of them.`);
  if (notFound.length && count > 0) parts.push(`Not found: ${quote(notFound)}.`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

let results: Found[] = [];
let plan: QueryPlan | undefined;
let latest = 0;

/** The next page of results, rendered; null when a newer search replaced the list meanwhile. */
async function nextPage(start = list.children.length): Promise<HTMLLIElement[] | null> {
  const run = latest;
  const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
  return run === latest ? page.map((data) => renderResult(data, plan)) : null;
}

/** Shows or hides "Show more" for the results not shown yet. */
function updateMore(): void {
  more.hidden = list.children.length >= results.length;
  more.textContent = `Show more results (${results.length - list.children.length} more)`;
}

/** Appends the next page of results; returns the first link added, to move focus to. */
async function showMore(): Promise<HTMLAnchorElement | null> {
  const start = list.children.length;
  const items = await nextPage();
  if (!items) return null;
  list.append(...items);
  updateMore();
  return list.children[start]?.querySelector('a') ?? null;
}

/**
 * Runs the form's search and shows it; a search overtaken by a newer one is dropped. The count,
 * the results and the examples change in one go, so that nothing is seen to move. `focus`: move
 * focus to the results' heading once they are shown (after Enter, not while typing; 'load': on arrival).
 */
async function show(focus: boolean | 'load' = false): Promise<void> {
  const run = ++latest;
  const state = readForm();
  list.setAttribute('aria-busy', 'true');
  if (!hasSearch(state)) {
    [results, status.textContent, heading.hidden, examples.hidden] = [[], '', true, false];
    list.replaceChildren();
    more.hidden = true;
    showCounts();
    list.setAttribute('aria-busy', 'false');
    return;
  }
  try {
    const outcome = await runSearch(state.q, pickedFilters());
    if (run !== latest) return;
    [results, plan] = [outcome.results, outcome.plan];
    const items = await nextPage(0);
    if (!items) return;
    list.replaceChildren(...items);
    updateMore();
    showCounts(outcome.counts);
    status.textContent = describe(state, results.length) + explain(outcome, results.length);
  } catch (error) {
    status.textContent = `The search could not run: ${(error as Error).message}`;
  }
  if (run !== latest) return;
  [heading.hidden, examples.hidden] = [false, true];
  list.setAttribute('aria-busy', 'false');
  // 'load': a search that arrived in the address (the header's form, a shared link) moves focus to its
  // results as well, unless the reader has gone on to something else meanwhile.
  if (focus === true || (focus === 'load' && (document.activeElement === document.body || document.activeElement === null)))
    heading.focus();
}

// History: typing a new search adds one entry, and further typing refines it in place; pressing
// Enter or picking a filter settles it, so the next change adds a new entry.
let refining = false;
/** Writes the form's search into the URL and shows it. */
function update(typing: boolean, focus = false): void {
  const params = paramsFromState(readForm()).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (typing && refining) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  refining = typing;
  void show(focus);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => update(true), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  update(false, true);
});
for (const select of selects) select.addEventListener('change', () => update(false));
more.addEventListener('click', async () => (await showMore())?.focus());
window.addEventListener('popstate', () => {
  refining = false;
  writeForm(stateFromParams(readQuery(location.search)));
  void show();
});

// Pagefind and the lexicon load ahead, so that the first search runs warm: when the reader comes
// to the field (a click, Tab, or "/"), or when the browser has nothing else to do; a first plan
// sorts the lexicon's spellings.
const preload = () => void Promise.all([loadPagefind(), loadLexicon().then((lexicon) => planQuery('a', lexicon))]).catch(() => undefined);
input.addEventListener('focus', preload, { once: true });
if ('requestIdleCallback' in window) requestIdleCallback(preload);
else setTimeout(preload, 1000);

writeForm(stateFromParams(readQuery(location.search)));
void show('load');
