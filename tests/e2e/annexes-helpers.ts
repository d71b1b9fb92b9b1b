import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { readPage, select, selectAll, textOf } from './dist.ts';

/** The words as printed, without the [sic] marks the site adds. */
export const asPrinted = (text: string) => text.replace(/\[sic(?::[^\]]*)?\]/g, '').trim();

/** The texts of a table row's cells. */
export const cells = (row: Element) => selectAll('th, td', row).map((c) => textOf(c));

/** An element's property as text ("" when missing). */
export const prop = (el: Element | undefined, name: string) => String(el?.properties[name] ?? '');

/** The element a site-relative link points to, on its built page. */
export function target(href: string): Element | undefined {
  const [path, id] = href.split('#');
  return select(`#${id}`, readPage(`${path.replace(/^\//, '')}index.html`));
}

/** Every file below a folder. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}
