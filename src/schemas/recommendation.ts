import { z } from 'astro/zod';

/** Front matter of one recommendation of the recommendations chapter; the body holds its text as listed there. */
export const recommendationSchema = z.object({
  /** Its number in the recommendations chapter. */
  number: z.number().int().positive(),
  /** Whether it is one of the priority recommendations (1–11). */
  priority: z.boolean(),
  /** The sub-heading of the recommendations chapter it stands under; for a priority one, the title of the chapter where it stands inline. */
  topic: z.string().min(1),
  /** Kebab-case key of the topic, for filters and URLs. */
  topicSlug: z.string().regex(/^[a-z0-9-]+$/),
  /** Slug of the section where it stands inline. */
  section: z.string().min(1),
  /** Slug of the chapter (page) where it stands inline. */
  chapter: z.string().min(1),
  /** Number of the paragraph where it stands inline. */
  paragraph: z.number().int().positive(),
  /** The inline wording, as Markdown. */
  inlineText: z.string().min(1),
  /** Number of the paragraph of the recommendations chapter that lists it. */
  listParagraph: z.number().int().positive(),
  /** Line of the source where the recommendations chapter lists it. */
  line: z.number().int().positive(),
});

export type Recommendation = z.output<typeof recommendationSchema>;
