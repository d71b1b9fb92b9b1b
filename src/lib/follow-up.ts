import { FOLLOW_UP_LEVELS, type FollowUpAssessment, type FollowUpLevel } from '../schemas/follow-up.ts';

/** Where the follow-up of earlier recommendations is shown: its section of the recommendations page. */
export const FOLLOW_UP_PATH = '/recommendations/#follow-up';

/** How many of the mark's three squares each level fills: a shape, so that it reads in print and without colour. */
export const FILLED: Record<FollowUpLevel, number> = { fully: 3, mostly: 2, partially: 1, not: 0 };

/** Each level in words, for the legend and the summary. */
export const LEVEL_WORDS: Record<FollowUpLevel, string> = {
  fully: 'fully implemented',
  mostly: 'mostly implemented',
  partially: 'partially implemented',
  not: 'not implemented',
};

/** A count of recommendations in words: "1 recommendation", "14 recommendations". */
export const recommendationCount = (n: number) => `${n} ${n === 1 ? 'recommendation' : 'recommendations'}`;

/** One earlier report and the assessments of its recommendations, by recommendation number. */
export interface EarlierReport {
  /** The report as the statement first names it. */
  name: string;
  year: number;
  /** Kebab-case key, for anchors: "2016-final-report". */
  slug: string;
  assessments: FollowUpAssessment[];
}

/** A report's name as an anchor key: "2016 Final Report" → "2016-final-report". */
export const reportSlug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The anchor of one assessment's row: "follow-up-2016-final-report-12". */
export const assessmentId = (a: FollowUpAssessment) => `follow-up-${reportSlug(a.report)}-${a.recommendation}`;

/** The assessments grouped by earlier report (as named, whatever its case), in the order first named, each by recommendation number. */
export function groupByReport(assessments: FollowUpAssessment[]): EarlierReport[] {
  const reports = new Map<string, EarlierReport>();
  for (const a of assessments) {
    const slug = reportSlug(a.report);
    const report = reports.get(slug) ?? { name: a.report, year: a.year, slug, assessments: [] };
    report.assessments.push(a);
    reports.set(slug, report);
  }
  return [...reports.values()].map((r) => ({ ...r, assessments: r.assessments.toSorted((a, b) => a.recommendation - b.recommendation) }));
}

/** How many assessments each level has, in the scale's order, levels without any left out: "2 mostly implemented, 12 partially implemented". */
export function countByLevel(assessments: FollowUpAssessment[]): string {
  return FOLLOW_UP_LEVELS.map((level) => [level, assessments.filter((a) => a.level === level).length] as const)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${n} ${LEVEL_WORDS[level]}`)
    .join(', ');
}
