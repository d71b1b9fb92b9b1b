import { toCsv } from './csv.ts';
import type { ObserverRow, RecommendationRecord, ResultsRecord } from './open-data-schemas.ts';

/** The columns of recommendations.csv, in order: every field of a recommendation record. */
export const RECOMMENDATION_COLUMNS = [
  'number',
  'priority',
  'topic',
  'topicSlug',
  'text',
  'inlineText',
  'wordingDiffers',
  'chapter',
  'section',
  'paragraph',
  'listParagraph',
  'line',
  'permalink',
  'shortLink',
  'paragraphLink',
] as const satisfies readonly (keyof RecommendationRecord)[];

/** The columns of results.csv: one row per candidate of Annex I. */
export const CANDIDATE_COLUMNS = [
  'name',
  'votesPrinted',
  'votes',
  'percentagePrinted',
  'percentage',
  'line',
  'permalink',
] as const satisfies readonly (keyof ResultsRecord['candidates'][number])[];

/** The columns of observers.csv: one row per person of Annex II. */
export const OBSERVER_COLUMNS = [
  'givenName',
  'surname',
  'country',
  'role',
  'group',
  'groupHeading',
  'parentHeading',
  'line',
  'permalink',
] as const satisfies readonly (keyof ObserverRow)[];

/** recommendations.csv */
export const recommendationsCsv = (records: RecommendationRecord[]) => toCsv(RECOMMENDATION_COLUMNS, records);
/** results.csv */
export const resultsCsv = (results: ResultsRecord) => toCsv(CANDIDATE_COLUMNS, results.candidates);
/** observers.csv */
export const observersCsv = (rows: ObserverRow[]) => toCsv(OBSERVER_COLUMNS, rows);
