import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A piece of text, in italics where the report sets it so (party names in Kazakh). */
export interface Run {
  text: string;
  emphasis: boolean;
}

/** A candidate and the party or association that nominated them, as a footnote words it. */
export interface Nomination {
  name: string;
  nominator: Run[];
}

/** The footnote's inline text as runs, through remark so that Markdown is read by a Markdown parser. */
function runsOf(markdown: string): Run[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const paragraph = tree.children[0];
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph') throw new Error('the footnote is not one paragraph');
  return paragraph.children.map((node: PhrasingContent) => ({ text: toString(node), emphasis: node.type === 'emphasis' }));
}

/** The runs between two offsets of their joined text. */
export function sliceRuns(runs: Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.text.length);
    if (from < to) out.push({ text: run.text.slice(from - at, to - at), emphasis: run.emphasis });
    at += run.text.length;
  }
  return out;
}

/** Drops the list's glue (", ", ", and ", a final ".") at the edges of a nominator. */
function trimGlue(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out.length) out[0].text = out[0].text.replace(/^,\s*/, '');
  if (out.length) out.at(-1)!.text = out.at(-1)!.text.replace(/(?:,\s*and|,|\.)\s*$/, '');
  return out.filter((r) => r.text.length > 0);
}

/**
 * Reads a footnote that lists "Name, Party, Name, Party, … and Name, Party." into each named
 * candidate's nominator. The names are the annex's; a name the footnote lacks is an error.
 */
export function parseNominations(markdown: string, names: string[]): Nomination[] {
  const runs = runsOf(markdown);
  const text = runs.map((r) => r.text).join('');
  const found = names.map((name) => {
    const at = text.indexOf(name);
    if (at < 0) throw new Error(`the footnote does not name "${name}"`);
    return { name, at };
  });
  const byPlace = [...found].sort((a, b) => a.at - b.at);
  return found.map(({ name, at }) => {
    const next = byPlace.find((f) => f.at > at)?.at ?? text.length;
    const nominator = trimGlue(sliceRuns(runs, at + name.length, next));
    if (!nominator.length) throw new Error(`the footnote gives no nominator for "${name}"`);
    return { name, nominator };
  });
}

/** The plain text of runs. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** The expansion the report gives an abbreviation ("the Central Election Commission (CEC)"), if any. */
export function findExpansion(abbreviation: string, texts: string[]): string | undefined {
  const pattern = new RegExp(`(?:the|an?) ((?:[A-Z][\\w'’-]*|of|and)(?: (?:[A-Z][\\w'’-]*|of|and))*) \\(${abbreviation}\\)`);
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return undefined;
}
