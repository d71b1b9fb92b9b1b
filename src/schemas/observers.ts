import { z } from 'astro/zod';
import { sicSchema } from './sic.ts';

/** One person listed in the list of observers. */
export const observerSchema = z.object({
  /** Given name as printed. */
  givenName: z.string().min(1),
  /** Surname as printed (upper case in the source). */
  surname: z.string().min(1),
  /** Country as printed. */
  country: z.string().min(1),
  /** Role or function, where the list gives one. */
  role: z.string().min(1).optional(),
  /** Line of the source. */
  line: z.number().int().positive(),
});

/** Front matter of one group of the list of observers; the body holds its table as Markdown. */
export const observerGroupSchema = z.object({
  /** Kebab-case key of the group. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The group's heading as printed. */
  heading: z.string().min(1),
  /** The heading above the group's own, where there is one ("LONG-TERM OBSERVERS"). */
  parentHeading: z.string().min(1).optional(),
  /** Position in the annex, starting at 1. */
  order: z.number().int().positive(),
  /** Line of the group's heading in the source. */
  line: z.number().int().positive(),
  /** The order of the columns in this group's rows. */
  columns: z.array(z.enum(['givenName', 'surname', 'country', 'role'])),
  /** The people, in the order printed. */
  members: z.array(observerSchema).min(1),
  /** Misprints in the group's rows (a role, say), marked [sic] where they stand. */
  sic: z.array(sicSchema),
});

export type Observer = z.output<typeof observerSchema>;
export type ObserverGroup = z.output<typeof observerGroupSchema>;
