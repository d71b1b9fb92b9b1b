import type { Browser } from 'playwright-core';
import { pageTypes } from '../../tests/e2e/quality-pages.ts';
import { downloadsOf, warmDownloads, weigh, type Weight } from './page-weight.ts';

/** A page type's weight on a first visit and as a second page, once another page is cached. */
export interface PageWeight {
  kind: string;
  path: string;
  first: Weight;
  warm: Weight;
}

/**
 * Weighs one page of each page type the gates check (the same list, so a new page type is weighed
 * too): first in a fresh browser context, then after visiting another page in the same context.
 */
export async function weighPages(browser: Browser, origin: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  const types = pageTypes().filter((t) => t.built);
  for (const type of types) {
    const cold = await browser.newContext();
    const first = await downloadsOf(cold, `${origin}${type.path}`, type.waitFor);
    await cold.close();
    // The page a reader most likely comes from: the home page, or a chapter for the home page itself.
    const from = type.path === '/' ? (types.find((t) => t.kind === 'chapter')?.path ?? '/') : '/';
    const warm = await browser.newContext();
    const before = await downloadsOf(warm, `${origin}${from}`);
    const second = await downloadsOf(warm, `${origin}${type.path}`, type.waitFor);
    await warm.close();
    weights.push({ kind: type.kind, path: type.path, first: weigh(first), warm: weigh(warmDownloads(before, second)) });
  }
  return weights;
}
