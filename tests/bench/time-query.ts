import type { Page } from 'playwright-core';

/**
 * Submits a query with the search page's form; resolves with the milliseconds until its results are
 * shown (the results list no longer busy). Used by `npm run bench:search` and the warm-query test.
 */
export function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const list = document.getElementById('search-results')!;
        const input = document.getElementById('search-query') as HTMLInputElement;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (list.getAttribute('aria-busy') !== 'false') return;
          observer.disconnect();
          resolve(performance.now() - start);
        }).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
        input.value = q;
        input.form!.requestSubmit();
      }),
    query,
  );
}
