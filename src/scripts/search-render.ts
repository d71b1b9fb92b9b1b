/** One search result as a list item: title, what it is, and the deep links into it. */
import { deepLinks, landingUrl, type ResultData } from './search-engine.ts';
import type { QueryPlan } from './search-query.ts';
import { KINDS, type Kind } from './search-facets.ts';

/**
 * An excerpt as DOM: Pagefind's excerpts are text with <mark> around the matched words. Anything
 * else that looks like markup is kept as text, never parsed into elements.
 */
function excerpt(html: string, title = ''): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  // The page's heading opens its text; shown as the result's title already, it is not said twice.
  const first = template.content.firstChild;
  if (title && first?.nodeType === Node.TEXT_NODE && first.textContent?.startsWith(title))
    first.textContent = first.textContent.slice(title.length);
  const fragment = document.createDocumentFragment();
  // Excerpts are cut from the middle of the text: an ellipsis says so.
  fragment.append('… ');
  for (const node of template.content.childNodes) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.className = 'rounded-sm bg-amber-200 px-px text-slate-950 dark:bg-amber-300';
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  fragment.append(' …');
  return fragment;
}

/** An element with classes and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.append(...children);
  return element;
}

/** A link to a result, carrying the words to highlight there. */
function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = landingUrl(href);
  return a;
}

/** What the result is, and where it stands when the title does not say: "Footnote · in X. Media". */
function describe(data: ResultData): HTMLElement {
  const kind = (data.filters.kind?.[0] ?? 'chapter') as Kind;
  const parts: (Node | string)[] = [KINDS[kind] ?? kind];
  if (data.filters.priority?.[0] === 'yes') parts.push(' · ', el('span', 'priority-badge ml-0!', 'priority'));
  if (kind === 'recommendation' && data.filters.chapter) parts.push(` · stands in ${data.filters.chapter[0]}`);
  if (kind === 'footnote' && data.meta.page) parts.push(` · in ${data.meta.page}`);
  return el('p', 'mt-0.5 font-sans text-sm text-slate-600 dark:text-slate-400', ...parts);
}

/** A result: its title linking to the page (or note), with up to three deep links into the page. */
export function renderResult(
  data: ResultData,
  plan: Pick<QueryPlan, 'concepts' | 'wantsFigure'> = { concepts: [], wantsFigure: false },
): HTMLLIElement {
  const title = el(
    'h3',
    'font-sans text-lg leading-snug font-semibold',
    link(data.url, 'text-brand-700 underline decoration-1 hover:decoration-2 dark:text-brand-100', data.meta.title ?? data.url),
  );
  const item = el('li', 'search-result', title, describe(data));
  const subs = deepLinks(data, plan);
  if (subs.length === 0) {
    item.append(el('p', 'mt-1.5 max-w-prose text-slate-800 dark:text-slate-200', excerpt(data.excerpt, data.meta.title)));
    return item;
  }
  const list = el('ul', 'mt-2 space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700');
  list.setAttribute('aria-label', `Where in ${data.meta.title ?? 'the page'}`);
  for (const sub of subs) {
    list.append(
      el(
        'li',
        'max-w-prose',
        link(sub.url, 'deep-link mr-2 font-sans text-sm font-semibold text-brand-700 underline dark:text-brand-100', sub.title),
        ' ',
        el('span', 'text-slate-800 dark:text-slate-200', excerpt(sub.excerpt)),
      ),
    );
  }
  item.append(list);
  return item;
}
