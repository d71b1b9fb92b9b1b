import { url } from './url.ts';

/** The absolute URL of a site-relative path, from the configured `site` and base: for canonical links, citations and open data. */
export function permalink(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}
