import { describe, expect, it } from 'vitest';
import {
  findParagraph,
  findStatement,
  firstMention,
  paragraphTexts,
  statedInvalidBallots,
  statedMission,
  statedTurnout,
  statedWinnerShare,
  sentenceOf,
} from '../../../src/lib/report-statements.ts';
import { realTextSections } from './real-sections.ts';

const sections = realTextSections();

describe("the report's own statements, found in its text", () => {
  it('chapter II: 339 observers from 40 countries, 290 from ODIHR, 49 from the OSCE PA; a 13-member core team and 22 long-term observers', () => {
    const stated = statedMission(sections);
    expect(stated.total).toMatchObject({ observers: 339, countries: 40, odihr: 290, delegations: [{ name: 'OSCE PA', members: 49 }] });
    expect(stated.total!.found).toMatchObject({ chapter: 'introduction-and-acknowledgments', n: 17 });
    expect(stated.odihr).toMatchObject({ coreTeam: 13, longTerm: 22 });
    expect(stated.odihr!.found).toMatchObject({ chapter: 'introduction-and-acknowledgments', n: 16 });
  });

  it('quotes the whole sentence of a statement', () => {
    expect(sentenceOf(statedMission(sections).total!.found)).toBe(
      'In total, 339 observers from 40 countries were deployed, including 290 long-term and short-term observers deployed by ODIHR, and a 49-member delegation from the OSCE PA.',
    );
  });

  it('chapter XIV gives the winner 70.76 per cent; chapter XIII reports a 77.5 per cent turnout', () => {
    const winner = statedWinnerShare(sections)!;
    expect(winner).toMatchObject({ chapter: 'post-election-developments', n: 116 });
    expect(winner.match[1]).toBe('70.76');
    const turnout = statedTurnout(sections)!;
    expect(turnout.chapter).toBe('election-day');
    expect(turnout.match[1]).toBe('77.5');
    expect(statedInvalidBallots(sections)!.n).toBe(turnout.n);
  });

  it('the first paragraph that writes "Kassym-Jomart Tokayev"', () => {
    expect(firstMention(sections, 'Kassym-Jomart Tokayev')).toEqual({ chapter: 'background-and-political-context', n: 20 });
    expect(firstMention(sections, 'Kassym-Jomart Tokyaev')).toBeUndefined();
  });

  it('finds no optional statement where none or several paragraphs make it', () => {
    expect(findStatement(sections, /no such words anywhere/)).toBeUndefined();
    expect(findStatement(sections, /ODIHR/)).toBeUndefined();
    const other = [
      {
        chapter: 'x',
        paragraphs: [{ n: 1, text: 'The ODIHR EOM consisted of a 9-member core team based in Port Aster and 12 long-term observers.' }],
      },
    ];
    expect(statedMission(other)).toEqual({ odihr: { coreTeam: 9, longTerm: 12, found: expect.objectContaining({ n: 1 }) } });
    expect(statedWinnerShare(other)).toBeUndefined();
  });

  it('fails when no paragraph or several match', () => {
    expect(() => findParagraph(sections, /no such words anywhere/)).toThrow('0 paragraphs of the report match');
    expect(() => findParagraph(sections, /ODIHR/)).toThrow(/\d+ paragraphs of the report match/);
  });
});

describe('paragraphTexts', () => {
  it('splits a body into paragraphs, leaving sub-headings out, and checks the count', () => {
    expect(paragraphTexts('One.\n\n### Topic\n\nTwo.\n', 2, 'x.md')).toEqual(['One.', 'Two.']);
    expect(paragraphTexts('', 0, 'x.md')).toEqual([]);
    expect(() => paragraphTexts('One.\n\nTwo.', 3, 'x.md')).toThrow('x.md: 2 paragraphs in the text, 3 in the front matter');
  });
});
