import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage, select, selectAll, textOf } from './dist.ts';

const SITE = 'https://odihr-kz-2019.example.org';
const pages = builtPages();
/** Pages that only send the reader on (`<meta http-equiv="refresh">`): no content of their own. */
const isRedirect = (page: string) => select('meta[http-equiv="refresh"]', readPage(page)) !== undefined;
const content = pages.filter((page) => !isRedirect(page));
const attribute = (page: string, selector: string, name: string) => String(select(selector, readPage(page))?.properties[name] ?? '');

/** The built file a site URL is served from ("https://…/recommendations/7/" → recommendations/7/index.html). */
const fileOf = (url: string) => join(new URL(url).pathname, 'index.html').slice(1);

describe('every page describes itself', () => {
  it('a <meta name="description"> on every page: present, a sentence or two, no gaps from a template', () => {
    const bad = content
      .map((page) => [page, attribute(page, 'meta[name="description"]', 'content')])
      .filter(([, text]) => text.length < 50 || text.length > 300 || /\s{2}|undefined|NaN|null|\s[,.:;]/.test(text));
    expect(bad).toEqual([]);
  });

  it('descriptions and titles are unique: each says which page it is', () => {
    for (const [selector, name] of [
      ['meta[name="description"]', 'content'],
      ['title', ''],
    ]) {
      const values = content.map((page) => (name ? attribute(page, selector, name) : textOf(select(selector, readPage(page))!)));
      const repeated = values.filter((v, i) => values.indexOf(v) !== i);
      expect(repeated, selector).toEqual([]);
    }
  });

  it('every page has a language, a favicon and a canonical URL (but the 404 page, which has no address)', () => {
    for (const page of content) {
      expect(attribute(page, 'html', 'lang'), page).toBe('en');
      expect(attribute(page, 'link[rel~="icon"]', 'href'), page).toBe('/favicon.svg');
      if (page === '404.html') expect(select('link[rel="canonical"]', readPage(page)), page).toBeUndefined();
      else expect(attribute(page, 'link[rel="canonical"]', 'href'), page).toMatch(new RegExp(`^${SITE}/`));
    }
    expect(readFileSync('dist/favicon.svg', 'utf8')).toMatch(/^<svg[\s>]/);
  });
});

describe('deployable to any static host', () => {
  it('a 404.html that helps: links to the contents, the recommendations and search', () => {
    const page = readPage('404.html');
    expect(textOf(select('h1', page)!)).toBe('This page does not exist');
    const links = selectAll('main a', page).map((a) => String(a.properties.href));
    expect(links).toEqual(expect.arrayContaining(['/#contents', '/recommendations/', '/search/']));
  });

  it('robots.txt allows crawling and names the sitemap by its absolute URL', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    expect(existsSync(join('dist', new URL(sitemap!).pathname))).toBe(true);
  });

  it('the sitemap lists every page once (not the 404 page, nor redirects), each a built page', () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => join('dist', new URL(m[1]).pathname));
    const locs = sitemaps.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs.map(fileOf).sort()).toEqual(content.filter((page) => page !== '404.html').sort());
  });
});
