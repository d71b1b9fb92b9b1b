import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './dist.ts';

/** One page type of the site, with the page that stands for it in the gates. */
export interface PageType {
  /** What the page is ("chapter", "recommendation"). */
  kind: string;
  /** Site-relative path of the representative page, with a query where the page needs one. */
  path: string;
  /** The built file that path serves, relative to dist/; missing while the route is not built yet. */
  file: string;
  /** Whether that file exists in dist/. */
  built: boolean;
  /** A selector to wait for before checking, for pages that render after loading (search results). */
  waitFor?: string;
  /** Whether the page only sends the reader on (`<meta http-equiv="refresh">`), as short links may. */
  redirect?: boolean;
}

/** The page types the issue names, each with its representative page. */
const NAMED: Omit<PageType, 'built'>[] = [
  { kind: 'home', path: '/', file: 'index.html' },
  { kind: 'chapter', path: '/sections/election-day/', file: 'sections/election-day/index.html' },
  { kind: 'recommendation list', path: '/recommendations/', file: 'recommendations/index.html' },
  { kind: 'recommendation', path: '/recommendations/7/', file: 'recommendations/7/index.html' },
  { kind: 'results', path: '/results/', file: 'results/index.html' },
  { kind: 'observers', path: '/observers/', file: 'observers/index.html' },
  { kind: 'search with results', path: '/search/?q=defamation', file: 'search/index.html', waitFor: '#search-results li' },
  { kind: 'data', path: '/data/', file: 'data/index.html' },
  { kind: 'short link', path: '/r/7/', file: 'r/7/index.html' },
  { kind: 'not found', path: '/does-not-exist/', file: '404.html' },
];

/** The route pattern of a built file: its first folder kept, deeper folders as `*` ("sections/*"). */
function routeOf(file: string): string {
  const parts = file.split('/').slice(0, -1);
  return parts.length === 0 ? file : [parts[0], ...parts.slice(1).map(() => '*')].join('/');
}

/**
 * Every page type to check: the named ones, plus one page of each route in dist/ that none of them
 * stands for, so that a page type added later is covered without editing this list.
 */
export function pageTypes(dist = 'dist'): PageType[] {
  const isRedirect = (file: string) => /<meta[^>]+http-equiv="refresh"/i.test(readFileSync(join(dist, file), 'utf8'));
  const named = NAMED.map((t) => {
    const built = existsSync(join(dist, t.file));
    return { ...t, built, redirect: built && isRedirect(t.file) };
  });
  const covered = new Set(named.map((t) => routeOf(t.file)));
  const others = new Map<string, string>();
  for (const file of builtPages(dist).sort()) {
    const route = routeOf(file);
    if (!covered.has(route) && !others.has(route)) others.set(route, file);
  }
  const discovered = [...others].map(([route, file]) => ({
    kind: `${route} (found in dist/)`,
    path: `/${file.replace(/index\.html$/, '')}`,
    file,
    built: true,
    redirect: isRedirect(file),
  }));
  return [...named, ...discovered];
}
