/** Marks the searched words on the page a search result leads to, with Pagefind's highlighter. */
import { fragmentId, readQuery } from '../lib/url-params.ts';
import { HIGHLIGHT_PARAM, NOT_REPORT_TEXT } from './search-facets.ts';

/** Classes of a marked word: a marker-pen amber that keeps the text readable in both themes. */
const MARK_CLASS = 'search-highlight rounded-sm bg-amber-200 px-px text-slate-950 dark:bg-amber-300';

/** What is never marked: the page's chrome and the labels that are not the report's words. */
const EXCLUDE = ['[data-pagefind-ignore]', ...NOT_REPORT_TEXT].flatMap((selector) => [selector, `${selector} *`]);

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[]; accuracy: string };
}

/**
 * The first mark to show: inside the paragraph or note the link points to (`#p-57`), or else the
 * first on the page. Null when the linked element has none: the browser has already scrolled there.
 */
function firstMark(): Element | null {
  const id = fragmentId(location.hash);
  const target = id === null ? null : document.getElementById(id);
  return (target ?? document).querySelector('mark.search-highlight');
}

/** Marks the words of `?highlight=…` and scrolls to the first; does nothing (loads nothing) without it. */
export async function highlightSearchTerms(): Promise<void> {
  // A malformed `?highlight=%E0%A4%A` is ignored: the highlighter is not even loaded for it.
  if (!readQuery(location.search).has(HIGHLIGHT_PARAM)) return;
  const module: { default: new (options: PagefindHighlightOptions) => unknown } = await import(
    /* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`
  );
  // Styles come from MARK_CLASS (Tailwind), not from the highlighter's inline yellow. Whole words
  // are marked, as the search matched them: "ballot" marks "ballots", not its first six letters.
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: MARK_CLASS, exclude: EXCLUDE, accuracy: 'complementary' },
  });
  firstMark()?.scrollIntoView({ block: 'center' });
}
