import { withBase } from './hrefs.ts';

/** A site-relative path with the configured base path, for links in pages. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
