import { z } from 'astro/zod';
import {
  followUpAssessmentSchema,
  footnoteSchema,
  observerGroupSchema,
  observerSchema,
  paragraphSchema,
  recommendationSchema,
  resultsSchema,
  sectionSchema,
} from '../schemas/index.ts';

/*
 * The records of the open data files (/data/): the collections' own schemas, extended with what a
 * reader of the file needs and the collection keeps elsewhere (the text, the links). `base` names
 * the schema whose field comments document the inherited fields on the /data/ page.
 */

/** The absolute URL of the page, and anchor, that shows a record. */
const permalink = z.url().describe('Absolute URL of the page that shows this record: its anchor, or the filter that shows it alone.');

/** A recommendation in recommendations.json. */
export const recommendationRecordSchema = recommendationSchema
  .extend({
    text: z.string().min(1).describe('The wording as listed in the recommendations chapter (the `inlineText` is the one in the findings).'),
    wordingDiffers: z.boolean().describe('Whether `text` and `inlineText` differ; the recommendation’s page shows how.'),
    paragraphLink: z.url().describe('Absolute URL of the paragraph where it stands inline.'),
    shortLink: z.url().describe('Short permanent link that leads to `permalink`.'),
    permalink,
  })
  .meta({ base: 'recommendationSchema' });

/** A footnote in footnotes.json. */
export const footnoteRecordSchema = footnoteSchema
  .extend({ text: z.string().min(1).describe('The note’s text as Markdown, as printed.'), permalink })
  .meta({ base: 'footnoteSchema' });

/** A section in sections.json. */
export const sectionRecordSchema = sectionSchema
  .extend({ text: z.string().describe('The section’s own text as Markdown (without its subsections), as printed.'), permalink })
  .meta({ base: 'sectionSchema' });

/** The results annex in results.json. */
export const resultsRecordSchema = resultsSchema.extend({ permalink }).meta({ base: 'resultsSchema' });

/** One cell of a results table as a row of results.csv: the table, the row's name, the column, the value. */
export const resultCellSchema = z
  .object({
    table: z.number().int().positive().describe('Which table of the annex, from 1, in the order printed.'),
    caption: z.string().optional().describe('The caption above the table, where the annex gives one ("Second round").'),
    row: z.number().int().positive().describe('Which row of the table, from 1, in the order printed.'),
    name: z.string().min(1).describe('The row’s name as printed: the candidate, party or list (typos kept).'),
    column: z.string().min(1).describe('The column’s header as printed ("Votes", "Seats").'),
    printed: z.string().describe('The cell exactly as printed.'),
    value: z.number().optional().describe('The cell as a number, where it is one (a percentage as its number of per cent).'),
    line: z.number().int().positive().describe('Line of the source.'),
    permalink,
  })
  .meta({ base: 'resultCellSchema' });

/** A person of the list of observers in observers.json. */
export const observerRecordSchema = observerSchema.extend({ permalink }).meta({ base: 'observerSchema' });

/** A group of the list of observers in observers.json. */
export const observerGroupRecordSchema = observerGroupSchema
  .extend({ members: z.array(observerRecordSchema).min(1), permalink })
  .meta({ base: 'observerGroupSchema' });

/** A person of the list of observers as a row of observers.csv: the person, then the group. */
export const observerRowSchema = observerRecordSchema
  .extend({
    group: z.string().describe('Kebab-case key of the group (the `id` of its group in observers.json).'),
    groupHeading: z.string().describe('The group’s heading as printed.'),
    parentHeading: z.string().optional().describe('The heading above the group’s own, where there is one.'),
  })
  .meta({ base: 'observerSchema' });

/** A numbered paragraph in paragraphs.json, with where it stands, its printed pages, notes and recommendation, and its text. */
export const paragraphRecordSchema = paragraphSchema
  .extend({
    section: z.string().min(1).describe('Slug of the section that holds it.'),
    chapter: z.string().min(1).describe('Slug of the chapter (or annex) whose page shows it.'),
    footnotes: z.array(z.number().int().positive()).describe('Numbers of the footnotes it cites, in order.'),
    text: z.string().min(1).describe('Its text as Markdown, as printed (footnote references as superscript digits).'),
    permalink,
  })
  .meta({ base: 'paragraphSchema' });

/** A paragraph as a row of paragraphs.csv: its pages and notes flattened into cells. */
export const paragraphRowSchema = z
  .object({
    n: z.number().int().positive().describe('Its number through the whole report (¶ n), as this site numbers them.'),
    section: z.string().min(1).describe('Slug of the section that holds it.'),
    chapter: z.string().min(1).describe('Slug of the chapter (or annex) whose page shows it.'),
    pageFrom: z.number().int().positive().describe('The first printed page it stands on (or may stand on, when `pagesCertain` is false).'),
    pageTo: z.number().int().positive().describe('The last printed page it stands on (or may stand on).'),
    pagesCertain: z
      .boolean()
      .describe('Whether the text shows where the pages end around it; if not, the pages are a range of what is possible.'),
    footnotes: z.string().describe('Numbers of the footnotes it cites, separated by spaces.'),
    recommendation: z.number().int().positive().optional().describe('Number of the recommendation it states, if any.'),
    line: z.number().int().positive().describe('Line of the source where it starts.'),
    text: z.string().min(1).describe('Its text as Markdown, as printed.'),
    permalink,
  })
  .meta({ base: 'paragraphRowSchema' });

/** One assessment of the report's statement on the follow-up of earlier recommendations, as a record of follow-up.json and a row of follow-up.csv. */
export const followUpRecordSchema = followUpAssessmentSchema
  .extend({
    assessedBy: z.string().optional().describe('Who made the assessment, as the statement names it ("ODIHR EOM").'),
    footnote: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Number of the footnote of this report that states the assessment, where a footnote does.'),
    paragraph: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Number of the paragraph of this report that states the assessment, or that cites its footnote.'),
    line: z.number().int().positive().describe('Line of the source where the statement starts.'),
    source: z.url().describe('Absolute URL of the footnote (or paragraph) that states the assessment.'),
    permalink,
  })
  .meta({ base: 'followUpAssessmentSchema' });

export type RecommendationRecord = z.output<typeof recommendationRecordSchema>;
export type ParagraphRecord = z.output<typeof paragraphRecordSchema>;
export type ParagraphRow = z.output<typeof paragraphRowSchema>;
export type FootnoteRecord = z.output<typeof footnoteRecordSchema>;
export type SectionRecord = z.output<typeof sectionRecordSchema>;
export type ResultsRecord = z.output<typeof resultsRecordSchema>;
export type ResultCell = z.output<typeof resultCellSchema>;
export type ObserverGroupRecord = z.output<typeof observerGroupRecordSchema>;
export type ObserverRow = z.output<typeof observerRowSchema>;
export type FollowUpRecord = z.output<typeof followUpRecordSchema>;
