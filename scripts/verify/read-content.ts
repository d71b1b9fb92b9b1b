import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One generated Markdown file of content/: its path, its front matter and its body. */
export interface ContentEntry {
  /** Path as given, for messages ("content/sections/17-opening-and-voting.md"). */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** The collections verify-site reads, each a list of entries in file-name order. */
export interface ContentCollections {
  sections: ContentEntry[];
  footnotes: ContentEntry[];
  recommendations: ContentEntry[];
  results: ContentEntry[];
  observers: ContentEntry[];
}

/** Splits a Markdown file into its YAML front matter and its body. */
export function parseEntry(file: string, text: string): ContentEntry {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return { file, data: (parse(match[1]) ?? {}) as Record<string, unknown>, body: match[2].trim() };
}

/** The entries of one collection folder; a folder that does not exist has none. */
function readFolder(dir: string): ContentEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  return names.sort().map((name) => parseEntry(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}

/** Reads the generated collections under a content/ folder. */
export function readContent(dir: string): ContentCollections {
  return {
    sections: readFolder(join(dir, 'sections')),
    footnotes: readFolder(join(dir, 'footnotes')),
    recommendations: readFolder(join(dir, 'recommendations')),
    results: readFolder(join(dir, 'results')),
    observers: readFolder(join(dir, 'observers')),
  };
}
