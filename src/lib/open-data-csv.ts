import { toCsv } from './csv.ts';
import type { FollowUpRecord, ObserverRow, ParagraphRow, RecommendationRecord, ResultCell } from './open-data-schemas.ts';

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

/** The columns of results.csv: one row per cell of the results tables (but the names), long format for tables of any shape. */
export const RESULT_COLUMNS = [
  'table',
  'caption',
  'row',
  'name',
  'column',
  'printed',
  'value',
  'line',
  'permalink',
] as const satisfies readonly (keyof ResultCell)[];

/** The columns of paragraphs.csv: one row per numbered paragraph. */
export const PARAGRAPH_COLUMNS = [
  'n',
  'section',
  'chapter',
  'pageFrom',
  'pageTo',
  'pagesCertain',
  'footnotes',
  'recommendation',
  'line',
  'text',
  'permalink',
] as const satisfies readonly (keyof ParagraphRow)[];

/** The columns of observers.csv: one row per person of the list of observers. */
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

/** The columns of follow-up.csv: one row per assessment of an earlier report's recommendation. */
export const FOLLOW_UP_COLUMNS = [
  'report',
  'year',
  'recommendation',
  'status',
  'level',
  'assessedBy',
  'footnote',
  'paragraph',
  'line',
  'source',
  'permalink',
] as const satisfies readonly (keyof FollowUpRecord)[];

/** recommendations.csv */
export const recommendationsCsv = (records: RecommendationRecord[]) => toCsv(RECOMMENDATION_COLUMNS, records);
/** results.csv */
export const resultsCsv = (cells: ResultCell[]) => toCsv(RESULT_COLUMNS, cells);
/** observers.csv */
export const paragraphsCsv = (rows: ParagraphRow[]) => toCsv(PARAGRAPH_COLUMNS, rows);
/** observers.csv */
export const observersCsv = (rows: ObserverRow[]) => toCsv(OBSERVER_COLUMNS, rows);
/** follow-up.csv */
export const followUpCsv = (records: FollowUpRecord[]) => toCsv(FOLLOW_UP_COLUMNS, records);
