import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { recommendationPath, withBase } from '../lib/hrefs.ts';
import { formatPages } from '../lib/printed-pages.ts';
import type { PrintedPages } from '../schemas/page.ts';
import type { Paragraph } from '../schemas/section.ts';
import { frontmatterOf } from './frontmatter.ts';

/** The paragraph's number in the margin, a link to itself, with its printed page shown beside it (by CSS, from `data-page`). */
function permalink(n: number, pages: PrintedPages): Element {
  const page = formatPages(pages);
  return h(
    'a.pnum',
    { href: `#p-${n}`, 'data-pagefind-ignore': '', 'data-page': page, title: `Link to paragraph ${n} (${page} of the printed report)` },
    [h('span.sr-only', 'Paragraph '), String(n)],
  );
}

/** A paragraph that states a recommendation, set apart and linked to the recommendation's page. */
function callout(p: Element, paragraph: Paragraph, base: string): Element {
  const n = paragraph.recommendation!;
  const label = `Recommendation ${n}${paragraph.priority ? ' (priority)' : ''}`;
  return h(
    'div.recommendation',
    { role: 'note', 'aria-label': label, 'data-recommendation': n, ...(paragraph.priority ? { 'data-priority': '' } : {}) },
    [
      h('p.recommendation-label', { 'data-pagefind-ignore': '' }, [
        h('a', { href: withBase(base, recommendationPath(n)) }, [`Recommendation ${n}`]),
        ...(paragraph.priority ? [h('span.priority-badge', 'priority')] : []),
      ]),
      p,
    ],
  );
}

/**
 * Gives each paragraph of a section its number through the report, from the section's front
 * matter: an id (`p-57`), a permalink in the margin, and a callout if it states a recommendation.
 */
export default function rehypeParagraphs(options: { base: string }) {
  return (tree: Root, file: VFile) => {
    const { paragraphs, kind } = frontmatterOf(file);
    if (!paragraphs || kind === 'cover') return;
    const elements = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
    if (elements.length !== paragraphs.length) {
      throw new Error(`${file.path}: ${elements.length} paragraphs in the text, ${paragraphs.length} in the front matter`);
    }
    elements.forEach((p, i) => {
      const paragraph = paragraphs[i];
      const title = `¶ ${paragraph.n} · ${formatPages(paragraph.pages)}`;
      p.properties = { ...p.properties, id: `p-${paragraph.n}`, className: ['para'], dataPagefindTitle: title };
      p.children.unshift(permalink(paragraph.n, paragraph.pages), { type: 'text', value: ' ' });
      if (paragraph.recommendation) {
        tree.children[tree.children.indexOf(p)] = callout(p, paragraph, options.base) as ElementContent & Element;
      }
    });
  };
}
