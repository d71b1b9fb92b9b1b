import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';
import { freePort } from './global-setup.ts';
import { checkLinks, urlsIn } from './links-check.ts';
import { buildSite } from './quality-build.ts';
import { launchBrowser } from './browser.ts';

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

describe(`search, served at ${BASE}`, () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  let origin: string;
  beforeAll(async () => {
    const port = await freePort();
    const server = await preview({ root: process.cwd(), base: BASE, outDir: site, logLevel: 'error', server: { host: '127.0.0.1', port } });
    stop = () => server.stop();
    origin = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it('loads Pagefind from the sub-path, and its results link into the sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(`${origin}${BASE}search/?q=ballot%20box%20stuffing`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#search-results li');
    const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(links).toContain(`${BASE}sections/election-day/`);
    // The first result opens.
    await page.locator('#search-results h2 a').first().click();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
