import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';

/** What a resource counts as in the weight of a page. */
export type ResourceKind = 'html' | 'css' | 'js' | 'other';

/** One downloaded file: its URL, kind, and size as served and as a gzip-serving host would send it. */
export interface Resource {
  url: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
}

/** Bytes of one kind, raw and gzipped. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** A page's weight by kind. */
export type Weight = Record<ResourceKind, Bytes>;

/** The kind of a response, from what the browser loaded it as and its file name. */
function kindOf(response: Response): ResourceKind {
  const type = response.request().resourceType();
  const path = new URL(response.url()).pathname;
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  return 'other';
}

/**
 * Opens a page in a browser context and returns every file it downloaded, after the network is
 * idle (and `waitFor` shows, for pages that load more after the first paint, such as search).
 */
export async function downloadsOf(context: BrowserContext, url: string, waitFor?: string): Promise<Resource[]> {
  const page = await context.newPage();
  const pending: Promise<Resource | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), kind: kindOf(response), raw: body.length, gzip: gzipSync(body).length }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (waitFor) await page.waitForSelector(waitFor);
  await page.waitForLoadState('networkidle');
  await page.close();
  return (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
}

/** Adds up resources by kind. */
export function weigh(resources: Resource[]): Weight {
  const weight: Weight = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const r of resources) {
    weight[r.kind].raw += r.raw;
    weight[r.kind].gzip += r.gzip;
  }
  return weight;
}

/**
 * What a second page adds once a first has been seen: its HTML, and only the files the first did
 * not fetch. Astro's assets have content hashes in their names, so any host may cache them for good.
 */
export function warmDownloads(first: Resource[], second: Resource[]): Resource[] {
  const seen = new Set(first.map((r) => r.url));
  return second.filter((r) => r.kind === 'html' || !seen.has(r.url));
}
