import { z } from 'astro/zod';

/** A misprint kept as printed and marked [sic] on the site. */
export const sicSchema = z.object({
  /** The words exactly as printed. */
  text: z.string().min(1),
  /** What is wrong with them, for the reader. */
  note: z.string().min(1),
});

/** The editorial list of misprints, content/source/sic.yaml. */
export const sicListSchema = z.array(sicSchema);

export type Sic = z.output<typeof sicSchema>;
