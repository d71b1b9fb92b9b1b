import { z } from 'astro/zod';
import { printedPagesSchema } from './page.ts';
import { sicSchema } from './sic.ts';

/** One numbered paragraph of the report as it stands in a section. */
export const paragraphSchema = z.object({
  /** Number through the whole report (¶ n); stable across re-parses of the same source. */
  n: z.number().int().positive(),
  /** Line of the source where the paragraph starts. */
  line: z.number().int().positive(),
  /** Number of the recommendation this paragraph states inline, if any. */
  recommendation: z.number().int().positive().optional(),
  /** Whether that recommendation is a priority one. */
  priority: z.boolean().optional(),
  /** The printed page(s) it stands on. */
  pages: printedPagesSchema,
});

/** A cross-reference in the text, such as "(see *Election Day*)", resolved to a section. */
export const crossReferenceSchema = z.object({
  /** The section title exactly as the reference words it. */
  phrase: z.string().min(1),
  /** Slug of the section it points to. */
  target: z.string().min(1),
  /** Slug of the chapter whose page holds that section. */
  chapter: z.string().min(1),
});

/** Front matter of the cover, a chapter, subsection, annex or "About ODIHR". */
export const sectionSchema = z.object({
  /** What the section is. */
  kind: z.enum(['cover', 'chapter', 'subsection', 'annex', 'about']),
  /** The number or letter as printed ("XIII", "A", "I" for annexes); empty for "About ODIHR". */
  number: z.string(),
  /** The title as printed, without its number. */
  title: z.string().min(1),
  /** The heading line exactly as printed in the source. */
  heading: z.string().min(1),
  /** URL slug: a chapter's page is /sections/<slug>/, a subsection's anchor is #<slug>. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Position in reading order, starting at 1. */
  order: z.number().int().positive(),
  /** Slug of the chapter a subsection belongs to. */
  parent: z.string().optional(),
  /** Page number in the printed report, from its table of contents (the cover is page 1). */
  page: z.number().int().positive(),
  /** Line of the heading in the source. */
  line: z.number().int().positive(),
  /** The section's own paragraphs in order (not those of its subsections). */
  paragraphs: z.array(paragraphSchema),
  /** Numbers of the footnotes cited in the section's own text. */
  footnotes: z.array(z.number().int().positive()),
  /** Numbers of the recommendations standing inline (or listed, in the recommendations chapter) in the section. */
  recommendations: z.array(z.number().int().positive()),
  /** Cross-references in the section's text. */
  crossReferences: z.array(crossReferenceSchema),
  /** Misprints in the section's text, marked [sic] where they stand. */
  sic: z.array(sicSchema),
});

export type Section = z.output<typeof sectionSchema>;
export type Paragraph = z.output<typeof paragraphSchema>;
export type CrossReference = z.output<typeof crossReferenceSchema>;
