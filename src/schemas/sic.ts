import { z } from 'astro/zod';

/** A misprint kept as printed and marked [sic] on the site. */
export const sicSchema = z.object({
  /** The words exactly as printed. */
  text: z.string().min(1),
  /** What is wrong with them, for the reader. */
  note: z.string().min(1),
  /** The words as the report writes them elsewhere: the note links to the first paragraph that does. */
  seeAlso: z.string().min(1).optional(),
});

/** The editorial list of misprints, the `sic` list of a report's report.yaml. */
export const sicListSchema = z.array(sicSchema);

export type Sic = z.output<typeof sicSchema>;
