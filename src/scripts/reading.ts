/** The one small script of every page: theme switch, footnotes in place, paragraph links. */
import { enhanceFootnotes } from './footnote-popover.ts';
import { enhanceParagraphLinks } from './paragraph-links.ts';
import { enhanceThemeToggle } from './theme-toggle.ts';

enhanceThemeToggle();
enhanceFootnotes();
enhanceParagraphLinks();
