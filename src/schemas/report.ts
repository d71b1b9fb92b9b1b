import { z } from 'astro/zod';

/** A date as printed ("4 October 2019") with its ISO form. */
const dateSchema = z.object({
  /** As printed. */
  printed: z.string().min(1),
  /** ISO 8601 (YYYY-MM-DD), where the printed form is one day (front matter may read it as a date: it is turned back). */
  iso: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  /** The year. */
  year: z.number().int().min(1990).max(2200),
});

/** Front matter of content/report/report.md: the publication, read from the report's title page, and its settings. */
export const reportSchema = z.object({
  /** The country as the title page prints it ("REPUBLIC OF …"). */
  countryPrinted: z.string().min(1),
  /** The country in title case ("Republic of …"). */
  country: z.string().min(1),
  /** The country's short name, for running text and the site's name. */
  shortName: z.string().min(1),
  /** The election as the title page prints it ("EARLY PRESIDENTIAL ELECTION"). */
  electionPrinted: z.string().min(1),
  /** The election in title case. */
  election: z.string().min(1),
  /** The election's date (or dates) as printed. */
  electionDate: dateSchema,
  /** The kind of report ("ODIHR Election Observation Mission Final Report"). */
  mission: z.string().min(1),
  /** The institution named at the top of the title page. */
  institution: z.string().min(1),
  /** Where the report was published ("Warsaw"). */
  place: z.string().min(1),
  /** When it was published. */
  published: dateSchema,
  /** The report's full title for citations: "Country, Election, Date: Mission Final Report". */
  title: z.string().min(1),
  /** The site's name, after each page's own title. */
  siteName: z.string().min(1),
  /** A short key for citations ("odihr2019country"). */
  citationKey: z.string().regex(/^[a-z0-9]+$/),
  /** The address the site is published at, from report.yaml, if given. */
  site: z.string().optional(),
  /** Country names of the observers' list that name one state. */
  sameState: z.array(z.array(z.string().min(1))),
  /** Where readers report an error in this edition, from the settings. */
  contact: z.string().optional(),
  /** Searches the empty search page offers as examples, where the settings name some. */
  searchExamples: z.array(z.string().min(1)).optional(),
  /** Line of the title page's first line in the source. */
  line: z.number().int().positive(),
});

export type ReportMeta = z.output<typeof reportSchema>;
