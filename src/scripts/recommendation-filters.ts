/** The filters of /recommendations/: show the recommendations that match, keep the choice in the URL. */
import { readQuery } from '../lib/url-params.ts';
import {
  countMatching,
  filterSummary,
  matchesFilters,
  readFilters,
  writeFilters,
  type Filterable,
  type FilterState,
} from '../lib/recommendation-filters.ts';

/** A recommendation as the page lists it: its element and what the filters look at. */
interface Item extends Filterable {
  element: HTMLElement;
}

/** The state the form's controls show. */
function stateOf(form: HTMLFormElement): FilterState {
  const data = new FormData(form);
  const priority = data.get('priority');
  const topic = data.get('topic');
  return {
    ...(priority === 'yes' || priority === 'no' ? { priority } : {}),
    ...(typeof topic === 'string' && topic ? { topic } : {}),
  };
}

/** Shows the items that match, hides empty groups, and updates every count and the summary. */
function apply(form: HTMLFormElement, items: Item[], state: FilterState): void {
  for (const item of items) item.element.hidden = !matchesFilters(item, state);
  for (const group of document.querySelectorAll<HTMLElement>('[data-recommendation-group]')) {
    const shown = group.querySelectorAll('.recommendation-item:not([hidden])').length;
    group.hidden = shown === 0;
    const count = group.querySelector('[data-group-count]');
    if (count) count.textContent = String(shown);
  }
  // Each option's count is what choosing it would show, given the other filter.
  for (const count of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const priority = count.dataset.count === '' ? undefined : (count.dataset.count as 'yes' | 'no');
    count.textContent = `(${countMatching(items, { ...state, priority })})`;
  }
  for (const option of form.querySelectorAll<HTMLOptionElement>('option')) {
    option.textContent = `${option.dataset.name} (${countMatching(items, { ...state, topic: option.value || undefined })})`;
  }
  const summary = document.getElementById('recommendation-summary')!;
  const text = filterSummary(countMatching(items, state), items.length);
  if (summary.textContent !== text) summary.textContent = text;
}

/** Sets the form's controls to a state. */
function show(form: HTMLFormElement, state: FilterState): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="priority"]'))
    radio.checked = radio.value === (state.priority ?? '');
  form.querySelector('select')!.value = state.topic ?? '';
}

/** Wires the filter form: reads the URL, then follows every change of the controls. */
export function runRecommendationFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#recommendation-filters');
  if (!form) return;
  const topics = (form.dataset.topics ?? '').split(' ');
  const items: Item[] = [...document.querySelectorAll<HTMLElement>('.recommendation-item')].map((element) => ({
    element,
    priority: element.dataset.priority === 'yes',
    topicSlug: element.dataset.topic ?? '',
  }));
  const update = (state: FilterState) => {
    show(form, state);
    apply(form, items, state);
    history.replaceState(history.state, '', `${location.pathname}${writeFilters(state)}${location.hash}`);
  };
  form.addEventListener('change', () => update(stateOf(form)));
  // A reset fires no change event: clear the filters here.
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    update({});
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  update(readFilters(readQuery(location.search), topics));
}
