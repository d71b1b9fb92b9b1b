/** A run of non-blank lines, with the line number of its first line. */
export interface Block {
  /** 1-based line number of the first line. */
  line: number;
  /** The lines, without their line ends. */
  lines: string[];
}

/** Splits text into blocks separated by blank lines. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split('\n').forEach((content, index) => {
    if (content.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(content);
  });
  return blocks;
}

/** The block's text, its lines joined by line ends. */
export function blockText(block: Block): string {
  return block.lines.join('\n');
}
