import type { Block } from './split-blocks.ts';

/** A line of a tab-separated table, with its source line. */
export interface Row {
  line: number;
  cells: string[];
}

/** The lines of blocks as rows of tab-separated cells; page breaks (blank lines) are ignored. */
export function tableRows(blocks: Block[]): Row[] {
  return blocks.flatMap((block) => block.lines.map((text, i) => ({ line: block.line + i, cells: text.split('\t') })));
}
