import { followUpSchema } from './follow-up.ts';
import { footnoteSchema } from './footnote.ts';
import { observerGroupSchema } from './observers.ts';
import { recommendationSchema } from './recommendation.ts';
import { reportSchema } from './report.ts';
import { resultsSchema } from './results.ts';
import { sectionSchema } from './section.ts';

/**
 * Every content collection, by its folder under content/, with the schema of its files: Astro's
 * collections, the parser's validation and the folders it writes all read this one registry.
 */
export const COLLECTION_SCHEMAS = {
  report: reportSchema,
  sections: sectionSchema,
  footnotes: footnoteSchema,
  recommendations: recommendationSchema,
  results: resultsSchema,
  observers: observerGroupSchema,
  'follow-up': followUpSchema,
} as const;

/** The name (and folder) of a collection. */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
