/**
 * The one script of every page, one file rather than one per component (fewer requests ahead of the
 * first paint): theme switch, footnotes in place, paragraph links, the "/" key, and, on a page of the
 * report reached from a search result (`?highlight=ballot`), the searched words marked. Pagefind's
 * highlighter loads only when the URL asks for it.
 */
import { enhanceFootnotes } from './footnote-popover.ts';
import { enhanceParagraphLinks } from './paragraph-links.ts';
import { listenForSearchKey } from './search-hotkey.ts';
import { highlightSearchTerms } from './search-highlight.ts';
import { enhanceThemeToggle } from './theme-toggle.ts';

enhanceThemeToggle();
enhanceFootnotes();
enhanceParagraphLinks();
listenForSearchKey();
if (document.querySelector('[data-pagefind-body]')) void highlightSearchTerms();
