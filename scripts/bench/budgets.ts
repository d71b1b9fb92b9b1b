/** The site's performance budgets (issue 7), shared by the benchmark and the tests that keep them. */

/** JavaScript a reading page may download before the reader starts searching, gzip bytes. */
export const READING_JS_GZIP = 5 * 1024;

/** CSS any page may download, gzip bytes. */
export const CSS_GZIP = 15 * 1024;

/** Each Lighthouse category's score on the home, a chapter and a recommendation page (0–100). */
export const LIGHTHOUSE_SCORE = 100;

/** A full build (parse, Astro, Pagefind) on the 2-core machine, in milliseconds. */
export const BUILD_MS = 30_000;

/** Whether a page type is a reading page: every page but search, which loads Pagefind to search. */
export const isReadingPage = (kind: string): boolean => !kind.startsWith('search');

/** A budget's verdict, as the table prints it. */
export const verdict = (ok: boolean): string => (ok ? 'pass' : '**FAIL**');

/** Bytes as KB with one decimal ("4.2 KB"). */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
