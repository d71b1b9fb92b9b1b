import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../scripts/pipeline/number-paragraphs.ts';
import { parseReport, type Report } from '../../../scripts/pipeline/parse-report.ts';
import { readSettings } from '../../../scripts/report-folder.ts';
import { findLeader } from '../../../src/lib/leading-contestant.ts';
import { observerHeadline } from '../../../src/lib/observer-headline.ts';
import { compareMission } from '../../../src/lib/observer-list.ts';
import { findOverallAssessment, sentencesOf } from '../../../src/lib/overall-assessment.ts';
import { statedMission, statedWinnerShare, type TextSection } from '../../../src/lib/report-statements.ts';
import { realReport } from '../../report.ts';

const textSections = (report: Report): TextSection[] =>
  report.sections.map((s) => ({ chapter: s.parent ?? s.slug, paragraphs: paragraphsOf(s).map((p) => ({ n: p.n, text: p.text })) }));
const summaryOf = (report: Report) => textSections(report).find((s) => s.chapter === 'executive-summary');
const fixture = (name: string) => {
  const folder = `tests/fixtures/reports/${name}`;
  return parseReport(readFileSync(`${folder}/report.txt`), readSettings(`${folder}/report.yaml`));
};

describe('findOverallAssessment: the executive summary judging the election', () => {
  it('the real report: ¶ 2 quotes the preliminary statement, which goes on after the first sentence', () => {
    const found = findOverallAssessment(summaryOf(realReport()))!;
    expect(found).toMatchObject({ chapter: 'executive-summary', n: 2, quoteContinues: true });
    expect(found.attribution).toBe('The Statement of Preliminary Findings and Conclusions issued by the IEOM on 10 June concluded that');
    expect(found.judgement).toBe(
      'the election “offered an important moment for potential political reforms, but it was tarnished by clear violations of fundamental freedoms as well as pressure on critical voices.',
    );
  });

  it('Valdoria quotes the statement in straight quotes, closed within the sentence', () => {
    const found = findOverallAssessment(summaryOf(fixture('parliamentary-valdoria')))!;
    expect(found).toMatchObject({ n: 2, quoteContinues: false });
    expect(found.judgement).toMatch(
      /^the elections "were competitive and fundamental freedoms were generally respected, .*state and party"\.$/,
    );
  });

  it('Norland and the minimal report judge in their own words, the minimal one inside the invitation paragraph', () => {
    const norland = findOverallAssessment(summaryOf(fixture('presidential-two-rounds-norland')))!;
    expect(norland).toMatchObject({ n: 2, quoteContinues: false });
    expect(norland.attribution).toBeUndefined();
    expect(norland.judgement).toMatch(
      /^The election was competitive, well administered and held with respect for fundamental freedoms, .* first round\.$/,
    );
    const minimal = findOverallAssessment(summaryOf(fixture('minimal')))!;
    expect(minimal.n).toBe(1);
    expect(minimal.judgement).toMatch(
      /^The elections were well administered and offered voters a genuine choice, but .*detracted from the process\.$/,
    );
  });

  it('nothing where no sentence judges the election, or there is no summary', () => {
    expect(findOverallAssessment(undefined)).toBeUndefined();
    const invitation =
      'Following an invitation, ODIHR deployed a mission to observe the 3 May elections. The election administration was new.';
    expect(findOverallAssessment({ chapter: 'x', paragraphs: [{ n: 1, text: invitation }] })).toBeUndefined();
  });

  it('splits sentences, not titles, and drops footnote references and emphasis', () => {
    expect(sentencesOf('The CEC declared Mr. Tokayev the winner.⁹⁰ The *Nur Otan* party won. “A quote.” Then more.')).toEqual([
      'The CEC declared Mr. Tokayev the winner.',
      'The Nur Otan party won.',
      '“A quote.”',
      'Then more.',
    ]);
  });
});

describe('findLeader: who came first, as printed', () => {
  it('the real report: Tokyaev [as printed] with 70.96 in Annex I against 70.76 in ¶ 116, turnout 77.5%', () => {
    const report = realReport();
    const leader = findLeader(report.results, statedWinnerShare(textSections(report)))!;
    expect(leader.leader.name).toBe('Kassym-Jomart Tokyaev');
    expect(leader.share).toBe('70.96');
    expect(leader.majority).toBe(true);
    expect(leader.textShare).toMatchObject({ printed: '70.76', differs: true, found: { chapter: 'post-election-developments', n: 116 } });
    expect(leader.turnout?.printed).toBe('77.5%');
    expect(leader.ranked.map((c) => c.votes)).toEqual([...leader.ranked.map((c) => c.votes!)].sort((a, b) => b - a));
  });

  it('Norland: the second round decides, and its text states the same share as the annex', () => {
    const report = fixture('presidential-two-rounds-norland');
    const leader = findLeader(report.results, statedWinnerShare(textSections(report)))!;
    expect(leader.tableIndex).toBe(1);
    expect(leader.ranked).toHaveLength(2);
    expect(leader.share).toBe('53.81');
    expect(leader.textShare).toMatchObject({ printed: '53.81', differs: false });
  });

  it('Valdoria: the party with most votes, its seats of 120, no majority of votes', () => {
    const report = fixture('parliamentary-valdoria');
    const leader = findLeader(report.results, statedWinnerShare(textSections(report)))!;
    expect(leader.seats?.of).toBe(120);
    expect(leader.ranked).toHaveLength(8);
    expect(leader.textShare).toBeUndefined();
  });

  it('nothing for a report without results', () => {
    expect(findLeader(fixture('minimal').results)).toBeUndefined();
  });
});

describe('observerHeadline: stated beside listed', () => {
  const headline = (report: Report) => {
    const listed = report.observers.reduce((n, g) => n + g.members.length, 0);
    const comparison = report.observers.length ? compareMission(statedMission(textSections(report)), report.observers) : undefined;
    return observerHeadline(comparison, listed);
  };

  it('the real report: 339 observers stated in ¶ 17, 334 listed', () => {
    expect(headline(realReport())).toMatchObject({
      label: 'observers in total',
      listed: 334,
      stated: { stated: 339, statedAt: { chapter: 'introduction-and-acknowledgments', n: 17 } },
    });
  });

  it('Norland states no total: its core team and long-term observers, 10 + 14 stated against 10 + 12 listed', () => {
    expect(headline(fixture('presidential-two-rounds-norland'))).toMatchObject({
      label: 'core team and long-term observers',
      listed: 22,
      stated: { stated: 24 },
    });
  });

  it('nothing without a list; the list alone where the report states no size', () => {
    expect(headline(fixture('minimal'))).toBeUndefined();
    expect(observerHeadline(undefined, 12)).toEqual({ label: 'observers', listed: 12 });
  });
});
