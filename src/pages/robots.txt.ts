import type { APIRoute } from 'astro';
import { withBase } from '../lib/hrefs.ts';

/** robots.txt: everything may be crawled; the sitemap's absolute URL, with the base path. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
