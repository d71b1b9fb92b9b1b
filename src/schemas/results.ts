import { z } from 'astro/zod';
import { sicSchema } from './sic.ts';

/** A key figure of the results annex as printed ("11,960,364", "77.5%"), with its numeric value where it is a number. */
export const figureSchema = z.object({
  /** The row's label as printed. */
  label: z.string().min(1),
  /** The value exactly as printed. */
  printed: z.string().min(1),
  /** The value as a number (a percentage as its number of per cent), where it is one. */
  value: z.number().optional(),
  /** The caption above the figure, where the annex groups its figures ("Second round"). */
  caption: z.string().min(1).optional(),
  /** Line of the source. */
  line: z.number().int().positive(),
});

/** One row of a results table, its cells as printed. */
export const resultRowSchema = z.object({
  /** The cells as printed, in the order of the table's columns. */
  cells: z.array(z.string()).min(1),
  /** Line of the source. */
  line: z.number().int().positive(),
});

/** A table of the results annex: candidates, parties or lists, with any columns. */
export const resultTableSchema = z.object({
  /** The caption above the table, where the annex gives one ("First round"). */
  caption: z.string().min(1).optional(),
  /** The column headers as printed. */
  columns: z.array(z.string().min(1)).min(1),
  /** The rows, in the order printed. */
  rows: z.array(resultRowSchema).min(1),
  /** Line of the header row in the source. */
  line: z.number().int().positive(),
});

/** Front matter of the results annex. */
export const resultsSchema = z.object({
  /** The annex heading as printed. */
  heading: z.string().min(1),
  /** Slug of the annex's section. */
  section: z.string().min(1),
  /** Footnote cited by the heading (the source of the figures), where there is one. */
  footnote: z.number().int().positive().optional(),
  /** Key figures, in the order printed. */
  figures: z.array(figureSchema),
  /** Tables, in the order printed. */
  tables: z.array(resultTableSchema),
  /** Misprints in the annex (a candidate's name), marked [sic] where they stand. */
  sic: z.array(sicSchema),
});

export type Results = z.output<typeof resultsSchema>;
export type ResultTable = z.output<typeof resultTableSchema>;
export type Figure = z.output<typeof figureSchema>;
