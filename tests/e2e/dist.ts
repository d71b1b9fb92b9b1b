import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Every HTML file of the built site, as paths relative to dist/. */
export function builtPages(dir = 'dist', prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = join(prefix, name);
    if (statSync(join(dir, path)).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(dir, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const cache = new Map<string, Root>();
/** A built page parsed as a HAST tree ("sections/media/index.html"), from dist/ or another build folder. */
export function readPage(path: string, dir = 'dist'): Root {
  const file = join(dir, path);
  if (!cache.has(file)) cache.set(file, fromHtml(readFileSync(file, 'utf8')));
  return cache.get(file)!;
}

/** The text of an element, white space collapsed. */
export function textOf(element: Element | Root): string {
  return toText(element).replace(/\s+/g, ' ').trim();
}

export { select, selectAll };
