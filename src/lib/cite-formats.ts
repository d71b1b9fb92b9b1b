import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { PrintedPages } from '../schemas/page.ts';
import type { ReportMeta } from '../schemas/report.ts';

/** A CSL-JSON item: the shape reference managers and Citation.js share. */
export type CslItem = Record<string, unknown>;

/** The report, or a part of it (a recommendation, a chapter), as a CSL-JSON item. */
export function cslItem(meta: ReportMeta, part: { key: string; note?: string; pages?: PrintedPages; url: string }): CslItem {
  const issued = meta.published.iso?.split('-').map(Number) ?? [meta.published.year];
  return {
    id: part.key,
    type: 'report',
    title: meta.title,
    author: [{ literal: 'OSCE/ODIHR' }],
    publisher: `OSCE ${meta.institution}`,
    'publisher-place': meta.place,
    issued: { 'date-parts': [issued] },
    // Only pages the text shows: a range it cannot narrow down is no span of pages.
    ...(part.pages?.certain
      ? { page: part.pages.from === part.pages.to ? `${part.pages.from}` : `${part.pages.from}-${part.pages.to}` }
      : {}),
    ...(part.note ? { note: part.note } : {}),
    URL: part.url,
    language: 'en',
  };
}

/**
 * RIS as plugin-ris writes it wraps values at 70 characters, and reading it back joins the pieces with a
 * space: unwrapped here. Its ID is cut to RIS's 20 characters, which would give every part one ID: left out.
 */
function unwrapRis(ris: string): string {
  return ris
    .split(/\r?\n/)
    .reduce<string[]>((lines, line) => {
      if (/^[A-Z][A-Z0-9] {2}- ?/.test(line) || lines.length === 0) lines.push(line);
      else if (line !== '') lines[lines.length - 1] += line;
      return lines;
    }, [])
    .filter((line) => !line.startsWith('ID  -'))
    .join('\n');
}

/** The item in the formats reference managers read, written by Citation.js: BibTeX (with our key), RIS and CSL-JSON. */
export function citationFormats(item: CslItem): { bibtex: string; ris: string; csl: string } {
  const cite = new Cite(item);
  const bibtex = (cite.format('bibtex') as string).trim().replace(/^@(\w+)\{[^,]*,/, `@$1{${String(item.id)},`);
  return { bibtex, ris: `${unwrapRis((cite.format('ris') as string).trim())}\n`, csl: JSON.stringify([item], null, 2) };
}
