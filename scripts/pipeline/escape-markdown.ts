/**
 * Keeps a line of report text the paragraph text it is when it goes into Markdown. CommonMark and
 * GFM decide a line's block kind from its first characters only, so changing the first character,
 * and nothing else, is enough: a backslash before ASCII punctuation, a character reference for
 * white space (the only way Markdown keeps a leading space or tab). Inline Markdown is the report's own.
 */

/** A line start that Markdown reads as a block of another kind, and how to keep it text. */
interface BlockStart {
  /** What Markdown would make of the line. */
  kind: string;
  /** Matches the line when it starts that block. */
  pattern: RegExp;
  /** Which character to escape: the first, unless the block's marker comes after digits. */
  escape: (line: string) => string;
}

/** `\` before the first character: CommonMark reads `\#`, `\>`, `\<`, … as the character itself. */
const backslashFirst = (line: string) => `\\${line}`;

/** A leading space or tab as a character reference: it stays in the text, and indents nothing. */
const referenceFirst = (line: string) => `&#${line.charCodeAt(0)};${line.slice(1)}`;

/** The list of block starts, in the order CommonMark tries them where that matters. */
const BLOCK_STARTS: BlockStart[] = [
  // Up to three spaces indent any block start below; four, or a tab, start indented code.
  { kind: 'indentation or indented code', pattern: /^[ \t]/, escape: referenceFirst },
  { kind: 'ATX heading', pattern: /^#{1,6}(?=\s|$)/, escape: backslashFirst },
  { kind: 'block quote', pattern: /^>/, escape: backslashFirst },
  { kind: 'bullet list item', pattern: /^[-+*](?=\s|$)/, escape: backslashFirst },
  // `1.` → `1\.`: the digits stay, the delimiter is escaped.
  { kind: 'ordered list item', pattern: /^\d+[.)](?=\s|$)/, escape: (line) => line.replace(/^(\d+)/, '$1\\') },
  // `***`, `---`, `___`, also spaced out (`- - -`, `_ _ _`).
  { kind: 'thematic break', pattern: /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/, escape: backslashFirst },
  // Under a line of text, a run of `=` or `-` makes that line a heading.
  { kind: 'setext underline', pattern: /^(?:=+|-+)[ \t]*$/, escape: backslashFirst },
  { kind: 'fenced code', pattern: /^(?:`{3,}|~{3,})/, escape: backslashFirst },
  // HTML blocks: comments, processing instructions, declarations, CDATA, and any tag name.
  { kind: 'HTML block', pattern: /^<(?:[!?]|\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$))/, escape: backslashFirst },
  // `[x]: url` and `[^1]: note`; a label left open may close on a later line.
  { kind: 'link reference or footnote definition', pattern: /^\[(?:[^\]\\]|\\.)*(?:\]:|\\?$)/, escape: backslashFirst },
  // A GFM table needs a delimiter row (`| --- |`, `:-|-:`); a row may start with a pipe.
  { kind: 'table row', pattern: /^\|/, escape: backslashFirst },
  { kind: 'table delimiter row', pattern: /^[:-][ \t:-]*\|[ \t|:-]*$/, escape: backslashFirst },
];

/** What Markdown would read a line as, when not as text: the kind of block it starts, if any. */
export function blockStartOf(line: string): string | undefined {
  return BLOCK_STARTS.find((start) => start.pattern.test(line))?.kind;
}

/** Escapes the start of a line of report text that Markdown would read as a block of another kind. */
export function escapeMarkdownLine(line: string): string {
  const start = BLOCK_STARTS.find((s) => s.pattern.test(line));
  return start ? start.escape(line) : line;
}

/**
 * Escapes the text of an ATX heading (`### text`): leading white space, which the heading would
 * drop, and a closing run of `#`, which it would take for its closing sequence.
 */
export function escapeHeadingText(text: string): string {
  const start = /^[ \t]/.test(text) ? referenceFirst(text) : text;
  return start.replace(/(^|[ \t])(#+)([ \t]*)$/, '$1\\$2$3');
}
