import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, extractAcronyms } from '../../../src/scripts/search-lexicon.ts';
import { planQuery, skeleton } from '../../../src/scripts/search-query.ts';

/** The Markdown bodies of the default report's content/, as the lexicon endpoint reads them. */
function contentBodies(): string[] {
  return ['sections', 'footnotes', 'recommendations'].flatMap((folder) =>
    readdirSync(join('content', folder)).map((file) =>
      readFileSync(join('content', folder, file), 'utf8')
        .split(/^---$/m)
        .slice(2)
        .join('---'),
    ),
  );
}

const lexicon = buildLexicon(contentBodies());
const plan = (q: string) => planQuery(q, lexicon);
/** What is searched for each typed word: its alternatives. */
const searched = (q: string) => plan(q).concepts.map((c) => c.terms);

describe('the lexicon of the default report', () => {
  it('holds the words the report uses, numbers as printed, and no word it does not', () => {
    for (const word of ['tokayev', 'nazarbayev', 'organize', 'organised', 'authorization', 'majilis', '118,140'])
      expect(lexicon.words).toContain(word);
    for (const word of ['tokaev', 'nazarbaev', 'mazhilis']) expect(lexicon.words).not.toContain(word);
  });

  it('reads each acronym the report defines in brackets, with its expansion as printed', () => {
    expect(lexicon.acronyms).toMatchObject({
      cec: 'Central Election Commission',
      pec: 'Precinct Election Commission',
      tec: 'Territorial Election Commission',
      ieom: 'International Election Observation Mission',
      rfom: 'Representative on Freedom of the Media',
      avc: 'Absentee Voting Certificate',
    });
    // "(Poland)", "(blank)", "(Majilis)": a bracket that is not an acronym of the words before it.
    expect(Object.keys(lexicon.acronyms)).not.toContain('poland');
    expect(Object.keys(lexicon.acronyms)).not.toContain('majilis');
  });

  it('reads the acronyms of another report from its own text', () => {
    const text = readFileSync('tests/fixtures/reports/presidential-two-rounds-norland/report.txt', 'utf8');
    expect(extractAcronyms(text)).toMatchObject({ seb: 'State Election Board', leom: 'Limited Election Observation Mission' });
  });
});

describe('spellings that share a skeleton', () => {
  it.each([
    ['Tokaev', 'Tokayev'],
    ['Nazarbaev', 'Nazarbayev'],
    ['organise', 'organize'],
    ['authorisation', 'authorization'],
    ['labour', 'labor'],
    ['Mazhilis', 'Majilis'],
    ['Kosanov', 'Kossanov'],
  ])('%s and %s', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));

  it('keep words apart that differ otherwise', () => {
    expect(skeleton('election')).not.toBe(skeleton('elections'));
    expect(skeleton('votes')).not.toBe(skeleton('voters'));
  });
});

describe('a query as understood', () => {
  it('searches the spelling the report uses for one it does not, and says so', () => {
    expect(searched('Tokaev')).toEqual([['Tokayev']]);
    expect(plan('Nazarbaev resignation').also).toEqual(['Nazarbayev']);
    expect(searched('organise')).toEqual([['organise', 'organize']]);
    expect(searched('authorisation')).toEqual([['authorization']]);
  });

  it('searches an acronym with its expansion, and an expansion with its acronym, singular or plural', () => {
    expect(searched('CEC')).toEqual([['CEC', 'Central Election Commission']]);
    expect(searched('PECs')).toEqual([['PECs', 'Precinct Election Commission']]);
    expect(searched('Territorial Election Commissions')).toEqual([['Territorial Election Commissions', 'TEC']]);
    expect(searched('precinct commissions')).toEqual([['precinct commissions', 'PEC']]);
    expect(searched('RFoM statement')).toEqual([['RFoM', 'Representative on Freedom of the Media'], ['statement']]);
  });

  it('leaves out the filler words of a question and notes when it asks for a figure', () => {
    const how = plan('how much did Tokayev raise');
    expect(how.concepts.map((c) => c.typed)).toEqual(['Tokayev', 'raise']);
    expect(how.dropped).toEqual(['how', 'much', 'did']);
    expect(how.wantsFigure).toBe(true);
    expect(plan('voting rights of prisoners').wantsFigure).toBe(false);
    // A query of filler words only is searched as typed.
    expect(plan('who').concepts.map((c) => c.typed)).toEqual(['who']);
  });

  it('searches a number as the report prints it, with or without separators', () => {
    expect(searched('118140 signatures')).toEqual([['118,140'], ['signatures']]);
    expect(searched('11,960,364')).toEqual([['11,960,364']]);
    expect(searched('11 960 364')[0]).toContain('11,960,364');
  });

  it('keeps a phrase in quotes as one', () => {
    expect(searched('"ballot box stuffing"')).toEqual([['ballot box stuffing']]);
  });
});
