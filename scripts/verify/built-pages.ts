import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built page, parsed once, with its elements by id. */
export interface BuiltPage {
  /** Path for messages ("dist/sections/election-day/index.html"). */
  file: string;
  tree: Root;
  byId: Map<string, Element>;
}

/** Reads built pages from a site folder, each once; a page that was not built is undefined. */
export function openSite(dir: string) {
  const cache = new Map<string, BuiltPage | undefined>();
  /** The file a site path is built to: "/sections/media/" → "dist/sections/media/index.html". */
  const fileOf = (path: string) => join(dir, path.split('#')[0].replace(/^\//, ''), 'index.html');
  /** The page at a site path ("/sections/media/"). */
  const page = (path: string): BuiltPage | undefined => {
    const file = fileOf(path);
    if (!cache.has(file)) cache.set(file, readPage(file));
    return cache.get(file);
  };
  return { fileOf, page };
}

/** The site's pages, as openSite gives them. */
export type Site = ReturnType<typeof openSite>;

/** Parses one built HTML file and indexes its ids; undefined when the file does not exist. */
function readPage(file: string): BuiltPage | undefined {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const tree = fromHtml(html);
  const byId = new Map<string, Element>();
  visit(tree, 'element', (element) => {
    const id = element.properties.id;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, element);
  });
  return { file, tree, byId };
}
