/** The /search/ page: a query in the URL (?q=…) run through Pagefind, results with deep links. */

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on the first search. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module: Pagefind = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
    await module.options({ highlightParam: 'highlight' });
    return module;
  })();
  return pagefind;
}

/** A result as a list item: the page, its excerpt, and up to three deep links into it. */
function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  item.innerHTML = `
    <h2 class="font-sans text-lg font-semibold"><a class="text-brand-700 underline dark:text-brand-100"></a></h2>
    <p class="excerpt mt-1 text-slate-700 dark:text-slate-300"></p>
    <ul class="subs mt-2 space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700"></ul>`;
  const link = item.querySelector('a')!;
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  // Pagefind's excerpts are escaped text with <mark> around the matched words.
  item.querySelector('.excerpt')!.innerHTML = data.excerpt;
  const list = item.querySelector('.subs')!;
  for (const sub of subs) {
    const li = document.createElement('li');
    li.innerHTML = `<a class="sub-result font-sans text-sm font-medium text-brand-700 underline dark:text-brand-100"></a><p class="text-sm text-slate-700 dark:text-slate-300"></p>`;
    const a = li.querySelector('a')!;
    a.href = sub.url;
    a.textContent = sub.title;
    li.querySelector('p')!.innerHTML = sub.excerpt;
    list.append(li);
  }
  if (subs.length === 0) list.remove();
  return item;
}

/** Runs a query and shows its results, announcing the count. */
async function search(query: string): Promise<void> {
  const status = document.getElementById('search-status')!;
  const results = document.getElementById('search-results')!;
  results.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const found = await (await loadPagefind()).search(query);
  const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  results.replaceChildren(...data.map(renderResult));
  const count = found.results.length;
  status.textContent = `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”${count > 20 ? '; showing the first 20' : ''}.`;
}

/** Wires the search form to the URL, so searches can be shared and the back button works. */
export function runSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-query') as HTMLInputElement;
  const fromUrl = () => new URLSearchParams(location.search).get('q') ?? '';
  input.value = fromUrl();
  void search(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ q: input.value });
    history.pushState(null, '', `?${params}`);
    void search(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = fromUrl();
    void search(input.value);
  });
}
