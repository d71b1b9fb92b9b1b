/** A Markdown table from a header and rows of cells; `|` in a cell is escaped. */
export function markdownTable(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '--:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
