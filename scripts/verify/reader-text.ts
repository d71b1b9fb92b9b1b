import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseSuperscript, SUPERSCRIPT_RUN } from '../../src/lib/superscript.ts';

/** What the site adds to the report's words: margin numbers, [sic] marks, footnote back-links, notes of its own beside a footnote. */
const ADDED_CLASSES = ['pnum', 'sic-mark', 'backref', 'footnote-aside'];

const markdown = unified().use(remarkParse).use(remarkGfm);

/** White space collapsed as a browser shows it. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One block of Markdown as a reader sees it: its kind, and its text without markup, footnote numbers as plain digits. */
export function readMarkdownBlock(block: string): { kinds: string[]; text: string } {
  const nodes: RootContent[] = markdown.parse(block).children;
  // Raw HTML is shown as text by the site (remark-html-as-text), so it reads as a paragraph.
  const kinds = nodes.map((node) => (node.type === 'html' ? 'paragraph' : node.type));
  const text = nodes.map((node) => toString(node)).join(' ');
  return { kinds, text: collapse(text.replace(SUPERSCRIPT_RUN, (run) => String(parseSuperscript(run)))) };
}

/** An element without what the site adds to the report's words. */
function withoutAdditions(element: Element): Element {
  const added = (c: ElementContent) =>
    c.type === 'element' && ((c.properties.className as string[] | undefined) ?? []).some((name) => ADDED_CLASSES.includes(name));
  const children = element.children.filter((c) => !added(c)).map((c) => (c.type === 'element' ? withoutAdditions(c) : c));
  return { ...element, children };
}

/** A built element's text as the report prints it: the site's additions and [sic] notes left out. */
export function builtText(element: Element | Root): string {
  const text = toText(element.type === 'root' ? element : withoutAdditions(element));
  return collapse(text.replace(/\[sic(?::[^\]]*)?\]/g, ''));
}

/** Where two texts first differ, with a little context on each side, for a message. */
export function firstDifference(expected: string, found: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === found[i]) i++;
  const from = Math.max(0, i - 20);
  const cut = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, i + 30)}${s.length > i + 30 ? '…' : ''}`;
  return `source has "${cut(expected)}", page has "${cut(found)}"`;
}
