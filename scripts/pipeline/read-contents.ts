import { ReportError } from './report-error.ts';
import { toRoman } from './roman.ts';
import type { Block } from './split-blocks.ts';

/** One line of the report's table of contents. */
export interface ContentsEntry {
  /** Line of the source. */
  line: number;
  /** Chapter numeral ("XIII"), subsection letter ("A"), or "" for annexes and "About ODIHR". */
  number: string;
  /** The title as printed, without the dot leaders some entries carry. */
  title: string;
  /** Page in the printed report. */
  page: number;
  /** What the entry names. */
  kind: 'chapter' | 'subsection' | 'annex' | 'about';
}

/** The report split at its table of contents. */
export interface ReportParts {
  /** The title page, before the table of contents. */
  cover: Block[];
  /** The table of contents. */
  contents: ContentsEntry[];
  /** From the end of the table of contents to the end of the report. */
  body: Block[];
}

const HEADING = 'TABLE OF CONTENTS';
const ENTRY = /^(?:([IVXLC]+|[A-Z])\.)?\t(.+?)(?:\.{2,})?\t(\d+)$/;

/**
 * Reads one table-of-contents line, or throws naming it. A numeral is a chapter when it is the
 * next in sequence; a letter otherwise is a subsection (so "V." after "IV." is chapter V).
 */
function readEntry(text: string, line: number, nextChapter: number): ContentsEntry {
  const match = ENTRY.exec(text);
  if (!match) {
    throw new ReportError(line, `table of contents: "${text}" is not "NUMBER.<tab>TITLE<tab>PAGE"`);
  }
  const [, number = '', title, page] = match;
  const kind =
    number === toRoman(nextChapter)
      ? 'chapter'
      : /^[A-Z]$/.test(number)
        ? 'subsection'
        : number === '' && title.startsWith('ANNEX')
          ? 'annex'
          : number === ''
            ? 'about'
            : undefined;
  if (!kind) {
    throw new ReportError(line, `table of contents: chapter "${number}" should be ${toRoman(nextChapter)}`);
  }
  return { line, number, title, page: Number(page), kind };
}

/** Splits the report into its cover, its table of contents and the rest. */
export function readContents(blocks: Block[]): ReportParts {
  const start = blocks.findIndex((b) => b.lines.length === 1 && b.lines[0] === HEADING);
  if (start === -1) {
    throw new ReportError(1, `no "${HEADING}" heading: the parser reads the chapters from it`);
  }
  const entries = blocks[start + 1];
  if (!entries) throw new ReportError(blocks[start].line, 'the table of contents is empty');
  const contents: ContentsEntry[] = [];
  let chapters = 0;
  entries.lines.forEach((text, i) => {
    const entry = readEntry(text, entries.line + i, chapters + 1);
    if (entry.kind === 'chapter') chapters++;
    contents.push(entry);
  });
  return { cover: blocks.slice(0, start), contents, body: blocks.slice(start + 2) };
}
