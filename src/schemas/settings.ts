import { z } from 'astro/zod';
import { sicListSchema } from './sic.ts';

/**
 * A report's report.yaml, beside its report.txt: only what the text cannot tell. Everything else
 * (country, election, dates, chapters, recommendations, annexes) is read from the text.
 */
export const reportSettingsSchema = z
  .object({
    /** The address the site is published at, for canonical links, the sitemap and citations (the SITE variable overrides it). */
    site: z.url({ protocol: /^https?$/ }).optional(),
    /** Misprints to mark [sic], each of which must stand in the text. */
    sic: sicListSchema.default([]),
    /** Country names of the observers' list that name one state ("Kyrgyz Republic" and "Kyrgyzstan"), counted once. */
    sameState: z.array(z.array(z.string().min(1)).min(2)).default([]),
    /** The country's short name where dropping "Republic of" and the like from the cover's name does not give it. */
    shortName: z.string().min(1).optional(),
    /** Where readers report an error in this edition: an e-mail address or a web address. */
    contact: z.union([z.email(), z.url({ protocol: /^https?$/ })]).optional(),
    /** Searches the empty search page offers as examples (by default, the recommendations' topics). */
    searchExamples: z.array(z.string().min(1)).max(6).optional(),
  })
  .strict();

export type ReportSettings = z.output<typeof reportSettingsSchema>;
