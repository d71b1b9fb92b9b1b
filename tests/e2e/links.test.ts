import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage, select } from './dist.ts';
import { checkLinks, urlsIn } from './links-check.ts';

const SITE = 'https://odihr-kz-2019.example.org';

describe('links in dist/', () => {
  const urls = urlsIn('dist');

  it('every internal link, asset and #anchor resolves (linkinator, fragments checked)', async () => {
    const { broken, checked } = await checkLinks('dist', 'dist');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(builtPages().length);
  });

  it('has no placeholder or empty links, and no script URLs', () => {
    const bad = urls.filter(({ value }) => value === '#' || value.trim() === '' || /^\s*(javascript|data|vbscript):/i.test(value));
    expect(bad).toEqual([]);
    // The gate looked at the real links: the chapters alone hold hundreds of #anchors.
    expect(urls.filter((u) => u.value.includes('#')).length).toBeGreaterThan(500);
  });

  it('each page names itself as canonical, and that URL is a built page', () => {
    const canonical = urls.filter((u) => u.element === 'link' && u.value.startsWith(SITE));
    // The 404 page is served for any missing path: it has no address of its own, so no canonical.
    expect(canonical.map((u) => u.page).sort()).toEqual(
      builtPages()
        .filter((p) => p !== '404.html')
        .sort(),
    );
    for (const { page, value } of canonical) {
      const path = new URL(value).pathname;
      // A short link (/r/7/) only sends the reader on: it names its target as canonical.
      const refresh = select('meta[http-equiv="refresh"]', readPage(page))?.properties.content;
      if (refresh) {
        expect(String(refresh)).toBe(`0; url=${path}`);
        expect(existsSync(join('dist', path, 'index.html'))).toBe(true);
        continue;
      }
      expect(join(path, 'index.html').slice(1)).toBe(page);
      expect(existsSync(join('dist', page))).toBe(true);
    }
  });
});
