/**
 * A second, smaller question set, against the fixture report of the Republic of Valdoria
 * (tests/fixtures/reports/parliamentary-valdoria): the same rules must serve a report they were not
 * tuned on. `npm run bench:search -- --report parliamentary-valdoria`.
 */
import type { Question } from './search-questions.ts';

const S = (slug: string, anchor: string) => `/sections/${slug}/#${anchor}`;

export const VALDORIA_QUESTIONS: Question[] = [
  { q: 'how many district election commissions', answers: [S('election-administration', 'p-21')], why: '17 DECs' },
  { q: 'DEC chairs nominated by the ruling party', answers: [S('election-administration', 'p-22')], why: '13 of the 17 DECs' },
  { q: 'seats of the VRP in the outgoing assembly', answers: [S('background', 'p-14')], why: '58 seats' },
  { q: 'members needed to register a party', answers: [S('background', 'p-15')], why: '5,000 members in half the provinces' },
  { q: 'how old must candidates be', answers: [S('candidate-registration', 'p-27')], why: 'at least 21 years old' },
  { q: 'signatures required for a candidate list', answers: [S('candidate-registration', 'p-29')], why: '10,000 voters' },
  { q: 'what share of candidates were women', answers: [S('candidate-registration', 'p-31')], why: '314, 36 per cent' },
  {
    q: 'pension increase before the elections',
    answers: [S('election-campaign', 'p-35'), S('election-campaign', 'fn-16')],
    why: 'announced in the weeks before; 9 per cent in the note',
  },
  { q: 'state advertising money for media close to the ruling party', answers: [S('media', 'fn-19')], why: 'EUR 6.3 million' },
  { q: 'criminal defamation cases against journalists', answers: [S('media', 'fn-20'), S('media', 'p-40')], why: '37 cases pending' },
  { q: 'DEC chairperson correcting PEC protocols', answers: [S('election-day', 'fn-24')], why: 'in Brask' },
  {
    q: 'how many voters live abroad',
    answers: [S('election-administration', 'p-26'), S('election-administration', 'fn-12')],
    why: '182,000 on the lists',
  },
  { q: "D'Hondt seat allocation", answers: [S('legal-framework', 'fn-7')], why: 'the method named in a note' },
  { q: 'complaints to the Council for Electronic Media', answers: [S('media', 'p-43')], why: '14 complaints, 6 warnings' },
  { q: 'public broadcaster organised debates', answers: [S('media', 'p-42')], why: 'printed "organized four debates"' },
  {
    q: 'Central Election Commission minutes not published',
    answers: [S('election-administration', 'p-24'), S('election-administration', 'fn-11')],
    why: 'printed "CEC"',
  },
];
