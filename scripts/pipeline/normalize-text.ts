import { ReportError } from './report-error.ts';

/** The largest report accepted, in bytes: the real one is 126 KB, so far more means the wrong file. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** The longest line accepted, in characters: the real report's longest has 1,276. */
export const MAX_LINE_CHARACTERS = 100_000;

/** Names of the invisible format characters most often pasted into text by accident. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};

const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const INVISIBLE = /\p{Cf}/u;

/** Line number (1-based) of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Refuses a line longer than the limit. It counts UTF-8 characters on the bytes (every byte that
 * does not continue a character), so a huge line is refused before any decoding or splitting.
 */
export function checkLineLengths(bytes: Uint8Array): void {
  let line = 1;
  let length = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (length > MAX_LINE_CHARACTERS) {
        throw new ReportError(
          line,
          `line of ${length.toLocaleString('en')} characters; the limit is ${MAX_LINE_CHARACTERS.toLocaleString('en')}`,
        );
      }
      line++;
      length = 0;
    } else if ((bytes[i] & 0xc0) !== 0x80) length++;
  }
}

/** Where an invisible character stands among footnote reference digits, or its column when among none. */
function placeOfInvisible(line: string, index: number, column: number): string {
  // The run of superscript digits and invisible characters around it: what a reader sees as one reference.
  const isPart = (c: string | undefined) => c !== undefined && (SUPERSCRIPT_DIGIT.test(c) || INVISIBLE.test(c));
  let start = index;
  let end = index + 1;
  while (isPart(line[start - 1])) start--;
  while (isPart(line[end])) end++;
  const before = SUPERSCRIPT_DIGIT.test(line.slice(start, index));
  const after = SUPERSCRIPT_DIGIT.test(line.slice(index + 1, end));
  const reference = line.slice(start, end).replace(new RegExp(INVISIBLE, 'gu'), '');
  const where = `at column ${column}`;
  if (before && after) return `inside the footnote reference ${reference}, ${where}`;
  if (before) return `right after the footnote reference ${reference}, ${where}`;
  if (after) return `right before the footnote reference ${reference}, ${where}`;
  return where;
}

/**
 * Refuses invisible format characters (zero-width spaces, soft hyphens and the like). They show as
 * nothing, yet they split footnote references ("¹\u200B⁰" would read as ¹ and ⁰), headings and
 * search words; the report is never changed on the way, so the user must remove them.
 */
export function checkInvisibleCharacters(text: string): void {
  const match = INVISIBLE.exec(text);
  if (!match) return;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  const lineEnd = text.indexOf('\n', match.index);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const column = [...text.slice(lineStart, match.index)].length + 1;
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = INVISIBLE_NAMES[match[0]] ? `${codePoint} ${INVISIBLE_NAMES[match[0]]}` : `${codePoint}, a format character`;
  throw new ReportError(
    text.slice(0, lineStart).split('\n').length,
    `an invisible character (${name}) ${placeOfInvisible(line, match.index - lineStart, column)}: remove it`,
  );
}

/**
 * Decodes the report's bytes as UTF-8 and normalizes what editors vary but the report does not
 * mean: a byte-order mark, Windows or old Mac line endings, and trailing white space.
 */
export function normalizeText(bytes: Uint8Array): string {
  // Limits first: a line of megabytes would make every later step slow.
  checkLineLengths(bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ReportError(lineOfByte(bytes, nul), 'binary data (a NUL byte): the report must be UTF-8 text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new ReportError(line, 'invalid UTF-8: the report must be UTF-8 text');
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '');
  if (text.trim() === '') throw new ReportError(1, 'the report is empty');
  // After the line ends are normalized, so the line numbers are those of every later step.
  checkInvisibleCharacters(text);
  return text;
}
