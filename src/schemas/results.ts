import { z } from 'astro/zod';
import { sicSchema } from './sic.ts';

/** A figure of Annex I as printed ("11,960,364", "77.5%") with its numeric value. */
export const figureSchema = z.object({
  /** The row's label as printed. */
  label: z.string().min(1),
  /** The value exactly as printed. */
  printed: z.string().min(1),
  /** The value as a number (a percentage as its number of per cent). */
  value: z.number(),
});

/** One candidate's row of Annex I. */
export const candidateResultSchema = z.object({
  /** The name as printed in the annex (typos kept). */
  name: z.string().min(1),
  /** Votes as printed. */
  votesPrinted: z.string().min(1),
  /** Votes as a number. */
  votes: z.number().int().nonnegative(),
  /** Percentage as printed. */
  percentagePrinted: z.string().min(1),
  /** Percentage as a number. */
  percentage: z.number().nonnegative(),
  /** Line of the source. */
  line: z.number().int().positive(),
});

/** Front matter of Annex I: final election results. */
export const resultsSchema = z.object({
  /** The annex heading as printed. */
  heading: z.string().min(1),
  /** Footnote cited by the heading (the source of the figures). */
  footnote: z.number().int().positive(),
  /** Key figures, in the order printed. */
  figures: z.array(figureSchema).min(1),
  /** Column headers of the candidates' table as printed. */
  columns: z.array(z.string().min(1)).length(3),
  /** Candidates, in the order printed. */
  candidates: z.array(candidateResultSchema).min(1),
  /** Misprints in the annex (a candidate's name), marked [sic] where they stand. */
  sic: z.array(sicSchema),
});

export type Results = z.output<typeof resultsSchema>;
export type CandidateResult = z.output<typeof candidateResultSchema>;
export type Figure = z.output<typeof figureSchema>;
