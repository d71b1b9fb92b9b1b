import type { z } from 'astro/zod';
import { FOLLOW_UP_COLUMNS, OBSERVER_COLUMNS, PARAGRAPH_COLUMNS, RECOMMENDATION_COLUMNS, RESULT_COLUMNS } from './open-data-csv.ts';
import {
  followUpRecordSchema,
  footnoteRecordSchema,
  observerGroupRecordSchema,
  observerRowSchema,
  paragraphRecordSchema,
  paragraphRowSchema,
  recommendationRecordSchema,
  resultCellSchema,
  resultsRecordSchema,
  sectionRecordSchema,
} from './open-data-schemas.ts';

/** One file of /data/ as its documentation describes it. */
export interface DataFileDoc {
  /** File name under /data/. */
  name: string;
  format: 'JSON' | 'CSV';
  /** What it holds, in a sentence. */
  about: string;
  /** JSON: the key that holds the records. */
  key?: string;
  /** The schema each record is validated against. */
  schema: z.ZodObject;
  /** CSV: the columns, in order (each a field of `schema`). */
  columns?: readonly string[];
}

/** The open data files, in the order the /data/ page documents them. */
export const DATA_FILES: DataFileDoc[] = [
  {
    name: 'recommendations.json',
    format: 'JSON',
    about: 'The recommendations of the recommendations chapter, each with its wording as listed and as it stands inline in the findings.',
    key: 'recommendations',
    schema: recommendationRecordSchema,
  },
  {
    name: 'recommendations.csv',
    format: 'CSV',
    about: 'The same recommendations, one row each.',
    schema: recommendationRecordSchema,
    columns: RECOMMENDATION_COLUMNS,
  },
  {
    name: 'follow-up.json',
    format: 'JSON',
    about:
      'What the report says became of earlier ODIHR reports’ recommendations: one record per recommendation it assesses, with the assessment in its words, as the mission made it. Recommendations it does not name are not assessed; empty for a report that makes no such statement.',
    key: 'assessments',
    schema: followUpRecordSchema,
  },
  {
    name: 'follow-up.csv',
    format: 'CSV',
    about: 'The same assessments, one row each.',
    schema: followUpRecordSchema,
    columns: FOLLOW_UP_COLUMNS,
  },
  { name: 'footnotes.json', format: 'JSON', about: 'The footnotes, with their text.', key: 'footnotes', schema: footnoteRecordSchema },
  {
    name: 'paragraphs.json',
    format: 'JSON',
    about:
      'Every numbered paragraph, with its section, its printed page(s), the footnotes it cites, the recommendation it states, and its text.',
    key: 'paragraphs',
    schema: paragraphRecordSchema,
  },
  {
    name: 'paragraphs.csv',
    format: 'CSV',
    about: 'The same paragraphs, one row each, the printed pages as first page, last page and whether they are certain.',
    schema: paragraphRowSchema,
    columns: PARAGRAPH_COLUMNS,
  },
  {
    name: 'sections.json',
    format: 'JSON',
    about: 'Every section in reading order (cover, chapters, subsections, annexes), with its own text and its numbered paragraphs.',
    key: 'sections',
    schema: sectionRecordSchema,
  },
  {
    name: 'results.json',
    format: 'JSON',
    about: 'The results annex: its key figures and its tables (candidates, parties or lists, any columns), as printed and as numbers.',
    key: 'results',
    schema: resultsRecordSchema,
  },
  {
    name: 'results.csv',
    format: 'CSV',
    about: 'Every cell of the results tables, one row each with its table, row name and column: one shape for tables of any columns.',
    schema: resultCellSchema,
    columns: RESULT_COLUMNS,
  },
  {
    name: 'observers.json',
    format: 'JSON',
    about: 'The list of observers: its groups, each with its people in the order printed.',
    key: 'groups',
    schema: observerGroupRecordSchema,
  },
  {
    name: 'observers.csv',
    format: 'CSV',
    about: 'Every person of the list of observers, one row each, with their group.',
    schema: observerRowSchema,
    columns: OBSERVER_COLUMNS,
  },
];

/** The id of a file's part of the /data/ page: "recommendations-json". */
export const dataFileAnchor = (name: string) => name.replace('.', '-');
