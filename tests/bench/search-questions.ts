/**
 * The relevance benchmark's questions for the default report (scripts/bench-search.ts,
 * tests/e2e/search-relevance.test.ts): what an analyst, a journalist or a diplomat would type, in
 * their words rather than the report's, each with the places that answer it. The first place listed
 * is the answer; any other is an equally good one (the same recommendation in the chapter and in the
 * list, a figure in a note and in Annex I).
 */

/** One question: what is typed, the places that answer it (`/sections/media/#p-75`, `/sections/media/#fn-70`, `/results/`), and why. */
export interface Question {
  q: string;
  answers: string[];
  why: string;
}

const S = (slug: string, anchor: string) => `/sections/${slug}/#${anchor}`;

export const QUESTIONS: Question[] = [
  // The issue's own examples.
  { q: 'videos of ballot box stuffing', answers: [S('election-day', 'p-104')], why: 'video material from at least 19 more stations' },
  { q: 'identical signatures voter lists', answers: [S('election-day', 'p-104')], why: 'series of identical signatures, 9 per cent' },
  { q: 'how much did Tokayev raise', answers: [S('campaign-finance', 'fn-63')], why: 'EUR 2.7 million, in the note' },
  { q: 'Tokaev inauguration', answers: [S('post-election-developments', 'p-116')], why: 'inaugurated on 12 June, other spelling' },
  {
    q: 'Nazarbaev resignation',
    answers: [S('background-and-political-context', 'p-20'), S('executive-summary', 'p-3')],
    why: 'resigned on 19 March',
  },
  {
    q: 'authorisation requirement for public gatherings',
    answers: [S('election-campaign', 'p-61'), '/recommendations/6/', S('recommendations', 'p-124')],
    why: 'notification instead of authorization',
  },
  { q: 'unauthorized persons in polling stations', answers: [S('election-day', 'p-104')], why: 'printed "unauthorised"' },
  { q: 'permission to organise political events', answers: [S('election-campaign', 'p-60')], why: 'printed "organize"' },
  {
    q: 'who organized the trials of detained protesters',
    answers: [S('post-election-developments', 'p-115'), S('election-day', 'p-100')],
    why: 'printed "organised"',
  },
  { q: 'CEC members appointed by the president', answers: [S('election-administration', 'p-31')], why: 'chair and two members' },
  { q: 'Central Election Commission women members', answers: [S('election-administration', 'p-30')], why: 'three of seven, printed "CEC"' },
  { q: 'how many precinct election commissions', answers: [S('election-administration', 'p-30')], why: '9,968 PECs' },
  { q: 'TEC staff told PEC chairs to change results', answers: [S('election-day', 'p-109')], why: '13 cases' },
  {
    q: 'territorial election commissions denied access to observers',
    answers: [S('election-day', 'p-109')],
    why: 'denied access in Nur-Sultan city TEC',
  },
  {
    q: 'International Election Observation Mission leader',
    answers: [S('introduction-and-acknowledgments', 'p-17')],
    why: 'Tsereteli, special co-ordinator',
  },
  { q: 'IEOM preliminary statement conclusion', answers: [S('executive-summary', 'p-2')], why: 'tarnished by clear violations' },
  { q: 'RFoM statement internet shutdown', answers: [S('media', 'fn-70')], why: 'statement of 10 May, no Internet access' },
  { q: 'Representative on Freedom of the Media defamation', answers: [S('media', 'p-75')], why: 'defamation remains criminal' },
  { q: 'how many AVCs were issued', answers: [S('voter-registration', 'fn-36')], why: '35,951 issued, 22,502 used' },
  {
    q: 'absentee voting certificates retained by precinct commissions',
    answers: [S('election-day', 'p-105')],
    why: 'not retained in 12 per cent',
  },
  // Words the report does not use, among words it does.
  { q: 'minimum age for candidates', answers: [S('candidate-registration', 'p-49')], why: 'at least 40 years old' },
  { q: 'deposit minimum wage', answers: [S('candidate-registration', 'fn-48')], why: '50 times the minimum wage' },
  { q: 'women quota in parliament', answers: [S('background-and-political-context', 'p-21')], why: 'some 27 per cent of seats' },
  { q: 'what was the turnout percentage', answers: [S('election-day', 'p-112')], why: '77.5 per cent' },
  { q: 'students pressured to attend rallies', answers: [S('election-campaign', 'p-63')], why: 'instructed to attend campaign events' },
  // Numbers written another way.
  { q: '118140 signatures', answers: [S('candidate-registration', 'p-54')], why: 'one per cent of voters' },
  { q: '12369 voters added', answers: [S('election-day', 'p-105')], why: 'increase in voter list entries' },
  { q: 'deposit of 2125000 tenge', answers: [S('candidate-registration', 'fn-48')], why: 'KZT 2,125,000' },
  // Questions.
  { q: 'how many polling stations had ballot stuffing', answers: [S('election-day', 'p-104')], why: 'observed in 23 stations' },
  {
    q: 'who can appeal the final election results',
    answers: [S('complaints-and-appeals', 'p-91')],
    why: 'only the president, speakers, MPs',
  },
  { q: 'when did the campaign start', answers: [S('election-campaign', 'p-58')], why: 'on 11 May' },
  { q: 'how many international observers did the CEC accredit', answers: [S('election-observation', 'p-97')], why: '1,013' },
  { q: 'what share of the vote did Tokayev win', answers: [S('post-election-developments', 'p-116'), '/results/'], why: '70.76 per cent' },
  {
    q: 'why did the candidate fail the language test',
    answers: [S('candidate-registration', 'fn-44')],
    why: '19 mistakes in a 13-line essay',
  },
  { q: 'how long is the presidential term', answers: [S('legal-framework-and-electoral-system', 'p-24')], why: 'five years' },
  // Topics.
  { q: 'blocking websites without a court order', answers: [S('media', 'p-73')], why: 'without judicial oversight' },
  { q: 'mobile ballot boxes homebound voters', answers: [S('election-day', 'p-108')], why: '81 per cent of counts' },
  { q: 'residence certificates printed on demand', answers: [S('election-day', 'p-105')], why: 'TSON personnel' },
  { q: 'door-to-door visits felt as pressure', answers: [S('election-administration', 'p-40')], why: 'perceived as a form of pressure' },
  { q: 'voting rights of prisoners', answers: [S('voter-registration', 'p-41')], why: 'blanket restriction' },
  {
    q: 'judges dependent on the executive',
    answers: [S('complaints-and-appeals', 'p-93')],
    why: 'appointed and dismissed by the president',
  },
  {
    q: 'TECs reporting zero invalid ballots',
    answers: [S('election-day', 'fn-100'), S('election-day', 'p-112')],
    why: 'Semey City TEC, 172,543 voters',
  },
  { q: 'Constitutional Council members', answers: [S('complaints-and-appeals', 'fn-82')], why: 'seven members' },
  { q: 'campaign finance reports not published', answers: [S('campaign-finance', 'p-67')], why: 'filed after the inauguration' },
  // Actors and names.
  { q: 'Nazarbaev daughter Senate speaker', answers: [S('background-and-political-context', 'fn-4')], why: 'Dariga Nazarbayeva' },
  { q: 'Khabar TV debate', answers: [S('media', 'p-80')], why: 'the sole debate, 29 May' },
  { q: 'Amanat observers independence', answers: [S('election-observation', 'p-97')], why: 'some 9,000 observers' },
  { q: 'Hola News appeal', answers: [S('media', 'p-84')], why: 'appeal on a Khabar report' },
  {
    q: 'Kosanov votes reassigned',
    answers: [S('election-day', 'fn-97'), S('election-day', 'p-110')],
    why: 'PS 562 in Almaty, printed "Kossanov"',
  },
  {
    q: 'Mazhilis seats held by the ruling party',
    answers: [S('background-and-political-context', 'p-21')],
    why: '84 of 98, printed "Majilis"',
  },
  { q: 'head of the ODIHR mission', answers: [S('introduction-and-acknowledgments', 'p-16')], why: 'Ambassador Urszula Gacek' },
];
