import { z } from 'astro/zod';

/** Where an assessment stands on the report's scale, from fully to not implemented. */
export const FOLLOW_UP_LEVELS = ['fully', 'mostly', 'partially', 'not'] as const;

/** One recommendation of an earlier report and what the report says became of it. */
export const followUpAssessmentSchema = z.object({
  /** The earlier report as the statement names it ("2016 Final Report"). */
  report: z.string().min(1),
  /** The year in that report's name. */
  year: z.number().int().min(1990).max(2100),
  /** The recommendation's number in that report. */
  recommendation: z.number().int().positive(),
  /** The assessment in the report's own words ("partially implemented"). */
  status: z.string().min(1),
  /** Where the assessment stands on the scale: fully, mostly, partially or not implemented. */
  level: z.enum(FOLLOW_UP_LEVELS),
});

/** Front matter of the report's statement on the follow-up of earlier reports' recommendations; the body holds the statement as printed. */
export const followUpSchema = z.object({
  /** Who made the assessment, as the statement names it ("ODIHR EOM"). */
  assessedBy: z.string().min(1).optional(),
  /** Number of the footnote that makes the statement, where a footnote makes it. */
  footnote: z.number().int().positive().optional(),
  /** Number of the paragraph that makes the statement, or that cites its footnote. */
  paragraph: z.number().int().positive().optional(),
  /** Slug of the section where the statement stands, or whose text cites its footnote. */
  section: z.string().min(1),
  /** Slug of the chapter (page) of that section. */
  chapter: z.string().min(1),
  /** Line of the source where the statement's text starts. */
  line: z.number().int().positive(),
  /** The assessments in the order the statement makes them. */
  assessments: z.array(followUpAssessmentSchema).min(1),
});

export type FollowUp = z.output<typeof followUpSchema>;
export type FollowUpAssessment = z.output<typeof followUpAssessmentSchema>;
export type FollowUpLevel = (typeof FOLLOW_UP_LEVELS)[number];
