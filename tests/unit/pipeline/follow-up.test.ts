import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../scripts/pipeline/parse-report.ts';
import { ReportError } from '../../../scripts/pipeline/report-error.ts';
import { toContentFiles } from '../../../scripts/pipeline/to-markdown.ts';
import { validateContent } from '../../../scripts/pipeline/validate-content.ts';
import { readSettings } from '../../../scripts/report-folder.ts';
import { realReport, reportBytes, reportLines, reportSettings } from '../../report.ts';

const variant = (name: string) => {
  const folder = join('tests/fixtures/reports', name);
  return parseReport(readFileSync(join(folder, 'report.txt')), readSettings(join(folder, 'report.yaml')));
};

/** Assessments as "report #n: status", in the order the statement makes them. */
const listed = (report: ReturnType<typeof parseReport>) =>
  report.followUp?.assessments.map((a) => `${a.report} #${a.recommendation}: ${a.status} (${a.level})`);

describe('the follow-up of prior recommendations in the real report', () => {
  const report = realReport();
  const footnote = report.footnotes.find((f) => f.paragraphs.some((p) => p.includes('follow-up of prior recommendations')))!;

  it('is read from the footnote that states it, cited in the recommendations chapter', () => {
    expect(report.followUp).toMatchObject({
      footnote: footnote.number,
      line: footnote.line,
      section: 'recommendations',
      assessedBy: 'ODIHR EOM',
    });
    expect(report.followUp!.paragraph).toBe(footnote.paragraph);
    expect(report.followUp!.statement).toMatch(
      /^The follow-up of prior recommendations is assessed by the ODIHR EOM as follows: .* are partially implemented\.$/,
    );
  });

  it('holds its 14 assessments: 2 mostly and 12 partially implemented, of two earlier reports', () => {
    expect(listed(report)).toEqual([
      '2016 Final Report #12: mostly implemented (mostly)',
      '2015 final report #11: mostly implemented (mostly)',
      ...[1, 3, 4, 7, 8, 20].map((n) => `2016 Final Report #${n}: partially implemented (partially)`),
      ...[7, 12, 14, 18, 25, 32].map((n) => `2015 final report #${n}: partially implemented (partially)`),
    ]);
    expect(new Set(report.followUp!.assessments.map((a) => a.year))).toEqual(new Set([2016, 2015]));
  });

  it('is written as a valid content file that names its footnote, paragraph and chapter', () => {
    const files = toContentFiles(report);
    const file = files.find((f) => f.collection === 'follow-up')!;
    expect(file.path).toBe('follow-up/follow-up.md');
    expect(file.data).toMatchObject({ footnote: footnote.number, chapter: 'recommendations' });
    expect(file.body).toBe(report.followUp!.statement);
    expect(validateContent(files)).toEqual([]);
  });

  it('a statement it cannot wholly read is an error at the footnote’s line, not a shorter table', () => {
    const lines = reportLines();
    const i = lines.findIndex((l) => l.includes('follow-up of prior recommendations'));
    lines[i] = lines[i].replace('are partially implemented.', 'are under discussion.');
    const parse = () => parseReport(new TextEncoder().encode(lines.join('\n')), reportSettings());
    expect(parse).toThrow(ReportError);
    try {
      parse();
    } catch (error) {
      expect((error as ReportError).line).toBe(i + 1);
      expect((error as ReportError).message).toContain('are under discussion');
    }
  });

  it('a reference to a missing footnote of the statement fails validation', () => {
    const files = toContentFiles(parseReport(reportBytes(), reportSettings())).map((f) =>
      f.collection === 'follow-up' ? { ...f, data: { ...f.data, footnote: 9999 } } : f,
    );
    expect(validateContent(files)).toEqual(['follow-up/follow-up.md: footnote 9999 does not exist']);
  });
});

describe('the follow-up of prior recommendations in other reports', () => {
  it('statuses in the other order, a fully implemented group naming two earlier reports (Valdoria, a footnote)', () => {
    const report = variant('parliamentary-valdoria');
    expect(report.followUp).toMatchObject({ footnote: 26, section: 'recommendations' });
    expect(listed(report)).toEqual([
      '2021 Final Report #1: partially implemented (partially)',
      '2021 Final Report #3: fully implemented (fully)',
      '2021 Final Report #7: fully implemented (fully)',
      '2017 final report #4: fully implemented (fully)',
    ]);
  });

  it('single recommendations, "not" before "fully", in a paragraph of the recommendations chapter (Norland)', () => {
    const report = variant('presidential-two-rounds-norland');
    expect(report.followUp?.footnote).toBeUndefined();
    expect(report.followUp).toMatchObject({ section: 'recommendations', assessedBy: 'ODIHR LEOM' });
    const intro = report.sections.find((s) => s.slug === 'recommendations')!.pieces[0];
    expect(report.followUp!.paragraph).toBe(!intro.heading && intro.n);
    expect(listed(report)).toEqual(['2018 Final Report #5: not implemented (not)', '2018 Final Report #2: fully implemented (fully)']);
  });

  it('a report without the statement has no follow-up and no follow-up file (minimal)', () => {
    const report = variant('minimal');
    expect(report.followUp).toBeUndefined();
    expect(toContentFiles(report).filter((f) => f.collection === 'follow-up')).toEqual([]);
  });
});
