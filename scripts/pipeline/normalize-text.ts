import { ReportError } from './report-error.ts';

/** Line number (1-based) of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Decodes the report's bytes as UTF-8 and normalizes what editors vary but the report does not
 * mean: a byte-order mark, Windows or old Mac line endings, and trailing white space.
 */
export function normalizeText(bytes: Uint8Array): string {
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
  return text;
}
