import { describe, expect, it } from 'vitest';
import { markSic, withSicMarks } from '../../../src/lib/sic.ts';
import { reportLines, sicList } from '../../report.ts';

const SIC_WORDS = sicList();
const tokyaev = SIC_WORDS.find((w) => w.text === 'Tokyaev')!;
const liason = SIC_WORDS.find((w) => w.text === 'Liason')!;

const lines = reportLines();
const linesWith = (word: string) => lines.flatMap((line, i) => (line.includes(word) ? [i + 1] : []));

describe('markSic', () => {
  it('marks Tokyaev in the annex name and leaves every character', () => {
    const pieces = markSic('Kassym-Jomart Tokyaev', SIC_WORDS);
    expect(pieces.map((p) => p.text).join('')).toBe('Kassym-Jomart Tokyaev');
    expect(pieces).toEqual([{ text: 'Kassym-Jomart ' }, { text: 'Tokyaev', sic: tokyaev }]);
  });

  it('leaves a text with no slip as one piece', () => {
    expect(markSic('Sadi-Bek Tugel', SIC_WORDS)).toEqual([{ text: 'Sadi-Bek Tugel' }]);
  });

  it('marks a word anywhere in a text', () => {
    expect(markSic('PA Liason', SIC_WORDS)).toEqual([{ text: 'PA ' }, { text: 'Liason', sic: liason }]);
  });

  it('writes the mark as plain text for an SVG label', () => {
    expect(withSicMarks('Kassym-Jomart Tokyaev', SIC_WORDS)).toBe('Kassym-Jomart Tokyaev [sic]');
    expect(withSicMarks('Sadi-Bek Tugel', SIC_WORDS)).toBe('Sadi-Bek Tugel');
  });
});

describe('the notes are true of the report', () => {
  it('"Tokyaev" stands only in footnote 49 and Annex I; "Tokayev" in the text many times', () => {
    const tokyaev = linesWith('Tokyaev');
    expect(tokyaev).toHaveLength(2);
    expect(lines[tokyaev[0] - 1]).toMatch(/^⁴⁹ /);
    expect(lines[tokyaev[1] - 1]).toMatch(/^Kassym-Jomart Tokyaev\t/);
    expect(linesWith('Tokayev').length).toBeGreaterThan(10);
  });

  it('"Liason" stands once, in Annex II', () => {
    const liason = linesWith('Liason');
    expect(liason).toHaveLength(1);
    expect(liason[0]).toBeGreaterThan(lines.indexOf('ANNEX II: LIST OF OBSERVERS IN THE INTERNATIONAL ELECTION OBSERVATION MISSION'));
  });
});
