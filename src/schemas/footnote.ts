import { z } from 'astro/zod';
import { crossReferenceSchema } from './section.ts';
import { printedPagesSchema } from './page.ts';
import { sicSchema } from './sic.ts';

/** Front matter of one footnote; the body holds its text as Markdown. */
export const footnoteSchema = z.object({
  /** The footnote's number. */
  number: z.number().int().positive(),
  /** Slug of the section whose text cites it. */
  section: z.string().min(1),
  /** Number of the paragraph that cites it; absent when a heading cites it. */
  paragraph: z.number().int().positive().optional(),
  /** Line of the source where the footnote's text starts. */
  line: z.number().int().positive(),
  /** The printed page it stands on (at the bottom of). */
  pages: printedPagesSchema,
  /** Cross-references in the footnote's text, such as "(*See Complaints and Appeals*)". */
  crossReferences: z.array(crossReferenceSchema),
  /** Misprints in the footnote's text, marked [sic] where they stand. */
  sic: z.array(sicSchema),
});

export type Footnote = z.output<typeof footnoteSchema>;
