import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';
import { checkLinks, urlsIn } from './links-check.ts';
import { buildSite } from './quality-build.ts';
import { launchBrowser } from './browser.ts';
import { getRaw, serveStatic } from './static-server.ts';

// Served from a sub-path, as on a project page of a static host.
const BASE = '/kz-2019/';
const SITE = 'https://odihr-kz-2019.example.org';
let root: string;
let site: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kz-base-'));
  site = join(root, BASE);
  buildSite(site, { BASE, SITE });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`built with BASE=${BASE}`, () => {
  it('has every page that dist/ has', () => {
    expect(builtPages(site).sort()).toEqual(builtPages().sort());
  });

  it('every internal link, asset and #anchor resolves under the sub-path, and nothing at the root', async () => {
    // The server's root holds only the sub-path folder: a URL that forgets the base is a 404.
    const { broken, checked } = await checkLinks(root, site);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(builtPages(site).length);
  });

  it('every URL in every page starts with the base path (or is a #fragment or another site)', () => {
    const urls = urlsIn(site);
    const wrong = urls.filter(({ value }) => !value.startsWith(BASE) && !value.startsWith('#') && !/^(https?:|mailto:)/.test(value));
    expect(wrong).toEqual([]);
    const canonical = urls.filter((u) => u.element === 'link' && u.value.startsWith(SITE));
    // Every page but 404.html, which has no address of its own.
    expect(canonical.length).toBeGreaterThanOrEqual(builtPages(site).length - 1);
    expect(canonical.filter((u) => !u.value.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });

  it('robots.txt and the sitemap give absolute URLs under the sub-path', () => {
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const locs = [...readFileSync(join(site, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Every page but 404.html and the short links (/r/7/), which only send the reader on.
    expect(locs.length).toBe(builtPages(site).filter((p) => p !== '404.html' && !/^r\/\d+\//.test(p)).length);
    expect(locs.filter((loc) => !loc.startsWith(`${SITE}${BASE}`))).toEqual([]);
  });
});

// A real static server (sirv), as a host would serve the folder: nothing at the root but the sub-path.
let origin: string;
let stop: () => void;
beforeAll(async () => {
  ({ origin, stop } = await serveStatic(root));
}, 120_000);
afterAll(() => stop?.());

describe(`served by a static server at ${BASE}, with the precompressed copies`, () => {
  it('every page and every text file of 1 KB or more has a .br and a .gz copy', () => {
    const text = builtPages(site).filter((page) => readFileSync(join(site, page)).length >= 1024);
    expect(text.length).toBeGreaterThan(40);
    expect(text.filter((page) => !existsSync(join(site, `${page}.br`)) || !existsSync(join(site, `${page}.gz`)))).toEqual([]);
  });

  it('a page asked for with Accept-Encoding: br comes as Brotli, and decodes to the page; gzip and plain likewise', async () => {
    for (const page of ['index.html', 'sections/election-day/index.html', 'data/observers.csv']) {
      const path = `${origin}${BASE}${page.replace(/index\.html$/, '')}`;
      const bytes = readFileSync(join(site, page));
      const br = await getRaw(path, 'br');
      expect([br.status, br.headers['content-encoding']], page).toEqual([200, 'br']);
      expect(br.body.equals(readFileSync(join(site, `${page}.br`))), page).toBe(true);
      expect(brotliDecompressSync(br.body).equals(bytes), page).toBe(true);
      // Caches must keep the encodings apart.
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      const gzip = await getRaw(path, 'gzip');
      expect([gzip.status, gzip.headers['content-encoding']], page).toEqual([200, 'gzip']);
      expect(gunzipSync(gzip.body).equals(bytes), page).toBe(true);
      const plain = await getRaw(path);
      expect([plain.status, plain.headers['content-encoding']], page).toEqual([200, undefined]);
      expect(plain.body.equals(bytes), page).toBe(true);
    }
  });

  it('every URL the pages link to or load resolves through the server, under the sub-path, and nothing at the root', async () => {
    const paths = [...new Set(urlsIn(site).map((u) => u.value.split('#')[0]))].filter((path) => path.startsWith(BASE)).sort();
    expect(paths.length).toBeGreaterThan(builtPages(site).length);
    const failed: string[] = [];
    for (const path of paths) {
      const { status } = await getRaw(`${origin}${path}`, 'br, gzip');
      if (status !== 200) failed.push(`${status} ${path}`);
    }
    expect(failed).toEqual([]);
    expect((await getRaw(`${origin}/sections/election-day/`)).status).toBe(404);
  });
});

describe(`search, served at ${BASE}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('loads Pagefind from the sub-path, and its results link into the sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(`${origin}${BASE}search/?q=ballot%20box%20stuffing`, { waitUntil: 'load' });
    await page.waitForSelector('#search-results li');
    const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(links).toContain(`${BASE}sections/election-day/`);
    // The first result opens.
    await page.locator('#search-results h3 a').first().click();
    await page.waitForURL((url) => url.pathname !== `${BASE}search/`);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    // Pagefind's highlighter, loaded from the sub-path, has marked the searched words.
    await page.waitForSelector('mark.search-highlight');
    expect(problems).toEqual([]);
    await context.close();
  });
});
