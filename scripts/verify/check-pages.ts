import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { recommendationPath } from '../../src/lib/hrefs.ts';
import type { Site } from './built-pages.ts';
import { listOf, numberOf, type CheckResult, type Loss } from './loss.ts';
import type { ContentEntry } from './read-content.ts';
import { builtText, readMarkdownBlock } from './reader-text.ts';

/** Every recommendation has its own page, which shows its text as listed in the recommendations chapter. */
export function checkRecommendations(recommendations: ContentEntry[], site: Site): CheckResult {
  const losses = recommendations.flatMap((entry): Loss[] => {
    const n = numberOf(entry.data.number) ?? 0;
    const line = numberOf(entry.data.line) ?? 0;
    const page = site.page(recommendationPath(n));
    if (!page) return [{ line, message: `recommendation ${n} is missing: ${site.fileOf(recommendationPath(n))} was not built` }];
    const expected = entry.body
      .split(/\n{2,}/)
      .map((block) => readMarkdownBlock(block).text)
      .join(' ');
    const main = select('main', page.tree) ?? page.tree;
    return builtText(main).includes(expected) ? [] : [{ line, message: `recommendation ${n}'s text is missing from ${page.file}` }];
  });
  return { counted: `${recommendations.length} recommendations`, losses };
}

/** A row of a table in front matter: its source line and the text of its first cell. */
interface SourceRow {
  line: number;
  first: string;
}

/** The text of a cell, whether written as a string or as an object with its printed text. */
function cellText(cell: unknown): string | undefined {
  if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
  if (cell && typeof cell === 'object') {
    const { text, printed, value, name } = cell as Record<string, unknown>;
    return cellText(text ?? printed ?? name ?? value);
  }
  return undefined;
}

/** The rows of the results tables, each as its cells in order (the whole row must stand in a built row). */
export function resultRows(data: Record<string, unknown>): SourceRow[] {
  const rows = listOf(data.tables).flatMap((table) =>
    listOf(table.rows).map((row) => {
      const cells = (Array.isArray(row.cells) ? row.cells : []).map(cellText);
      return { line: numberOf(row.line), first: cells.join(' ') };
    }),
  );
  return rows.filter((r): r is SourceRow => r.line !== undefined && !!r.first?.trim());
}

/** The key figures of the results annex: each label with its value as printed must stand in a built figure. */
export function checkFigures(results: ContentEntry[], site: Site): CheckResult {
  const page = site.page('/results/');
  const built = page
    ? selectAll('#key-figures > div', page.tree).map((d) => `${builtText(select('dt', d) ?? d)}|${builtText(select('dd', d) ?? d)}`)
    : [];
  const figures = results.flatMap((entry) => listOf(entry.data.figures));
  const losses = figures.flatMap((f): Loss[] => {
    const shown = built.some((b) => b.endsWith(`${cellText(f.label)}|${cellText(f.printed)}`));
    return shown
      ? []
      : [
          {
            line: numberOf(f.line) ?? 0,
            message: `figure "${cellText(f.label)}" is missing from ${page?.file ?? site.fileOf('/results/')}`,
          },
        ];
  });
  return { counted: `${figures.length} key figures`, losses };
}

/** An observer's name as the list prints it: given name, then surname (or a name as one field). */
function observerName(member: Record<string, unknown>): string {
  return cellText(member.name) ?? [member.givenName, member.surname].filter((part) => typeof part === 'string' && part).join(' ');
}

/** The texts a row shows: each cell, and each run of neighbouring cells joined by a space. */
function cellRuns(row: Element): string[] {
  const cells = selectAll('th, td', row).map((cell: Element) => builtText(cell));
  return cells.flatMap((_, i) => cells.slice(i).map((__, n) => cells.slice(i, i + n + 1).join(' ')));
}

/** Checks that each source row's first cell is a cell, or a run of cells (given name, surname), of a built table row. */
function checkRows(what: string, rows: SourceRow[], site: Site, path: string): Loss[] {
  const page = site.page(path);
  const built = new Set(page ? selectAll('tr', page.tree).flatMap(cellRuns) : []);
  const file = page?.file ?? site.fileOf(path);
  return rows
    .filter((row) => !built.has(row.first.replace(/\s+/g, ' ').trim()))
    .map((row) => ({ line: row.line, message: `${what} "${row.first}" is missing from ${file}` }));
}

/** Every row of the results tables, all its cells in order, is a row on /results/. */
export function checkResults(results: ContentEntry[], site: Site): CheckResult {
  const rows = results.flatMap((entry) => resultRows(entry.data));
  return { counted: `${rows.length} results rows`, losses: checkRows('results row', rows, site, '/results/') };
}

/** Every observer of Annex II, by name, is a row on /observers/. */
export function checkObservers(observers: ContentEntry[], site: Site): CheckResult {
  const rows = observers.flatMap((entry) =>
    listOf(entry.data.members).flatMap((m) => {
      const line = numberOf(m.line);
      return line === undefined ? [] : [{ line, first: observerName(m) }];
    }),
  );
  return { counted: `${rows.length} observers`, losses: checkRows('observer', rows, site, '/observers/') };
}
