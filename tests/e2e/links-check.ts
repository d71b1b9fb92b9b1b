import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { LinkChecker } from 'linkinator';
import { builtPages, readPage, selectAll } from './dist.ts';

/** Attributes that hold a URL the browser follows or loads, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['iframe[src]', 'src'],
];

/** One URL in a built page: where it stands and what it says. */
export interface PageUrl {
  page: string;
  element: string;
  value: string;
}

/** Every URL in every built page of a folder (relative paths under it). */
export function urlsIn(dir: string): PageUrl[] {
  return builtPages(dir).flatMap((page) =>
    URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
      selectAll(selector, readPage(page, dir)).map((element: Element) => ({
        page,
        element: element.tagName,
        value: String(element.properties[attribute === 'action' ? 'action' : attribute] ?? ''),
      })),
    ),
  );
}

/**
 * Runs linkinator over a built site: every page under `site` as a starting point (so pages nothing
 * links to are checked too), served from `root` (a parent folder when the site has a base path),
 * every internal link and `#fragment` followed. Links to other hosts are skipped: the tests run
 * offline, and the report's own external links are its text.
 */
export async function checkLinks(root: string, site: string): Promise<{ broken: string[]; checked: number }> {
  const local = /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/;
  const result = await new LinkChecker().check({
    path: builtPages(site).map((page) => relative(root, join(site, page))),
    serverRoot: root,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    linksToSkip: async (link) => /^[a-z]+:/i.test(link) && !local.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map(
      (link) =>
        `${link.parent ?? '?'} → ${link.url}: ${link.status ?? ''} ${(link.failureDetails?.[0] as Error | undefined)?.message ?? ''}`,
    );
  return { broken, checked: result.links.filter((link) => link.state === 'OK').length };
}
