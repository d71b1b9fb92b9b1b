import { z } from 'astro/zod';

/**
 * The printed page (or pages) something stands on. Certain: the text shows every page end around
 * it, and `from`–`to` is where it starts and ends. Not certain: a page ended at a paragraph boundary
 * with no note on it, which the text does not show, and `from`–`to` is every page it may stand on.
 */
export const printedPagesSchema = z.object({
  /** The first page. */
  from: z.number().int().positive(),
  /** The last page (the same as `from` for one page). */
  to: z.number().int().positive(),
  /** Whether the text shows where the pages end around it; if not, the pages are a range of what is possible. */
  certain: z.boolean(),
});

export type PrintedPages = z.output<typeof printedPagesSchema>;
