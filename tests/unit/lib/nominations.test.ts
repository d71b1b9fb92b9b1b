import { describe, expect, it } from 'vitest';
import { findExpansion, parseNominations, runsText, sliceRuns } from '../../../src/lib/nominations.ts';
import { realCandidates, realReport } from '../../report.ts';

const report = realReport();
const footnote49 = report.footnotes.find((f) => f.number === 49)!;
const names = realCandidates().map((c) => c.name);

describe('parseNominations', () => {
  it('reads footnote 49 into the nominator of each of the seven candidates of Annex I', () => {
    const nominations = parseNominations(footnote49.paragraphs.join(' '), names);
    expect(nominations.map((n) => [n.name, runsText(n.nominator)])).toEqual([
      ['Zhambyl Akhmetbekov', 'CPPK'],
      ['Daniya Yespayeva', 'Ak Zhol'],
      ['Amirzhan Kossanov', 'Public Association Ult Tagdyry – National Patriotic Movement'],
      ['Toleutai Rakhimbekov', "Auyl – People's Democratic Patriotic Party"],
      ['Amangeldy Taspikhov', 'Republican Association of Trade Unions "Federation of Trade Unions of the Republic of Kazakhstan"'],
      ['Kassym-Jomart Tokyaev', 'Nur Otan'],
      ['Sadi-Bek Tugel', 'Uly Dala Kyrandary – Republican Movement'],
    ]);
  });

  it('keeps the italics of the party names as the report sets them', () => {
    const nominations = parseNominations(footnote49.paragraphs.join(' '), names);
    expect(nominations[2].nominator).toEqual([
      { text: 'Public Association ', emphasis: false },
      { text: 'Ult Tagdyry', emphasis: true },
      { text: ' – National Patriotic Movement', emphasis: false },
    ]);
    expect(nominations[0].nominator).toEqual([{ text: 'CPPK', emphasis: false }]);
  });

  it('takes the names in the order the footnote gives them, whatever order they are asked in', () => {
    const text = 'Ann Lee, *Blue*, Bo Kim, Red Party, and Cy Day, Green.';
    expect(parseNominations(text, ['Cy Day', 'Ann Lee', 'Bo Kim']).map((n) => runsText(n.nominator))).toEqual([
      'Green',
      'Blue',
      'Red Party',
    ]);
  });

  it('fails on a name the footnote does not give, or a name with no nominator', () => {
    expect(() => parseNominations('Ann Lee, Blue.', ['Ann Lee', 'Kassym-Jomart Tokayev'])).toThrow(
      'the footnote does not name "Kassym-Jomart Tokayev"',
    );
    expect(() => parseNominations('Ann Lee, Bo Kim, Red.', ['Ann Lee', 'Bo Kim'])).toThrow('no nominator for "Ann Lee"');
    expect(() => parseNominations('One.\n\nTwo.', ['One'])).toThrow('not one paragraph');
  });
});

describe('sliceRuns', () => {
  it("cuts across runs and keeps each piece's emphasis", () => {
    const runs = [
      { text: 'ab', emphasis: false },
      { text: 'cd', emphasis: true },
      { text: 'ef', emphasis: false },
    ];
    expect(sliceRuns(runs, 1, 5)).toEqual([
      { text: 'b', emphasis: false },
      { text: 'cd', emphasis: true },
      { text: 'e', emphasis: false },
    ]);
    expect(sliceRuns(runs, 2, 2)).toEqual([]);
  });
});

describe('findExpansion', () => {
  it('finds what CPPK (footnote 8) and AVC stand for in the report', () => {
    const texts = report.footnotes.flatMap((f) => f.paragraphs);
    expect(findExpansion('CPPK', texts)).toBe("Communist People's Party of Kazakhstan");
    expect(findExpansion('XYZ', texts)).toBeUndefined();
    const paragraphs = report.sections.flatMap((s) => s.blocks.map((b) => b.lines.join(' ')));
    expect(findExpansion('AVC', paragraphs)).toBe('Absentee Voting Certificate');
  });
});
