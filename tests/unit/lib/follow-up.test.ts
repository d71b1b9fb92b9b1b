import { describe, expect, it } from 'vitest';
import { assessmentId, countByLevel, groupByReport, recommendationCount } from '../../../src/lib/follow-up.ts';
import type { FollowUpAssessment } from '../../../src/schemas/follow-up.ts';
import { realReport } from '../../report.ts';

const a = (report: string, recommendation: number, level: FollowUpAssessment['level']): FollowUpAssessment => ({
  report,
  year: Number(report.slice(0, 4)),
  recommendation,
  status: `${level} implemented`,
  level,
});

describe('the follow-up helpers', () => {
  it('group assessments by earlier report in the order first named, each by number, whatever the case of its name', () => {
    const groups = groupByReport([
      a('2021 Final Report', 7, 'fully'),
      a('2017 final report', 4, 'not'),
      a('2021 final report', 1, 'partially'),
    ]);
    expect(groups.map((g) => [g.name, g.slug, g.assessments.map((x) => x.recommendation)])).toEqual([
      ['2021 Final Report', '2021-final-report', [1, 7]],
      ['2017 final report', '2017-final-report', [4]],
    ]);
  });

  it('count by level in the order of the scale, leaving out levels without any', () => {
    expect(countByLevel([a('2018 Final Report', 5, 'not'), a('2018 Final Report', 2, 'fully'), a('2018 Final Report', 3, 'not')])).toBe(
      '1 fully implemented, 2 not implemented',
    );
    expect(recommendationCount(1)).toBe('1 recommendation');
  });

  it('on the real report: two earlier reports of 7 assessments each, 2 mostly and 12 partially implemented', () => {
    const { assessments } = realReport().followUp!;
    expect(groupByReport(assessments).map((g) => [g.year, g.assessments.length])).toEqual([
      [2016, 7],
      [2015, 7],
    ]);
    expect(countByLevel(assessments)).toBe('2 mostly implemented, 12 partially implemented');
    expect(new Set(assessments.map(assessmentId)).size).toBe(assessments.length);
  });
});
