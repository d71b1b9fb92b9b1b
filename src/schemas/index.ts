/** The zod schemas of every content collection, shared by the parser and by Astro. */
export * from './section.ts';
export * from './footnote.ts';
export * from './recommendation.ts';
export * from './results.ts';
export * from './observers.ts';
export * from './sic.ts';
export * from './report.ts';
export * from './page.ts';
export * from './follow-up.ts';
