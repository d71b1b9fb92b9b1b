/**
 * Searches a reader would type, each with the place in the report it must find: among the first
 * three results, the expected page with a deep link into it (a paragraph `#p-N`, a note `#fn-N`),
 * or the expected page itself where the page is the answer (Annex I, a recommendation).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { openSearch, shownResults } from './search-helpers.ts';

/** [what the reader types, where it must lead, why that place]. */
const QUERIES: [string, string, string][] = [
  ['Nazarbayev', '/sections/background-and-political-context/#', 'his resignation and his daughter, in chapter III'],
  ['Tokayev', '/sections/background-and-political-context/#p-20', '¶ 20: he assumed the role of president'],
  ['Kassym-Jomart Tokayev', '/sections/background-and-political-context/#p-20', 'his full name stands only in ¶ 20'],
  ['Constitutional Council', '/sections/complaints-and-appeals/#p-91', '¶ 91: final results may only be appealed to it'],
  ['defamation', '/sections/media/#p-75', '¶ 75: defamation remains a criminal offence'],
  ['Absentee Voting Certificate', '/sections/voter-registration/#p-46', '¶ 46 introduces the AVC'],
  ['118,140', '/sections/candidate-registration/#p-54', '¶ 54: the signatures each nominee had to collect'],
  ['ballot box stuffing', '/sections/election-day/#p-104', '¶ 104: observed in 23 polling stations'],
  ['"ballot box stuffing"', '/sections/election-day/#p-104', 'the same, as an exact phrase'],
  ['Nur Otan', '/sections/background-and-political-context/#p-21', '¶ 21: the ruling party dominates'],
  ['Venice Commission', '/sections/complaints-and-appeals/#fn-84', 'footnote 84 cites its report on judicial appointments'],
  ['Dariga Nazarbayeva', '/sections/background-and-political-context/#fn-4', 'named only in footnote 4'],
  ['Zhumatay Aliyev', '/sections/candidate-registration/#fn-44', 'the nominee who failed the language test, footnote 44'],
  ['language test', '/sections/candidate-registration/#p-53', '¶ 53: one nominee failed it'],
  ['self-nomination', '/sections/candidate-registration/#p-49', '¶ 49: abolished by the 2017 amendments'],
  ['prisoners', '/sections/voter-registration/#p-41', '¶ 41: the blanket restriction on their right to vote'],
  ['Maslikhats', '/sections/election-administration/#p-32', '¶ 32: the local councils appoint the commissions'],
  ['Information Committee', '/sections/media/#p-77', '¶ 77: it monitors the media and social networks'],
  ['Khabar', '/sections/media/#p-80', '¶ 80: the state channel that held the only debate'],
  ['peaceful protesters', '/sections/election-day/#p-100', '¶ 100: several hundred detained'],
  ['Majilis', '/sections/background-and-political-context/#p-21', '¶ 21: the lower chamber of parliament'],
  ['PEC protocols', '/sections/election-day/#p-114', '¶ 114: where recommendation 10 stands'],
  ['disenfranchising persons with disabilities', '/recommendations/3/', 'recommendation 3 as listed in chapter XV'],
  ['11,960,364', '/results/', 'registered voters, Annex I'],
  ['70.96', '/results/', "the winner's share, Annex I"],
  ['Tokyaev', '/results/', 'the name as misspelt in Annex I [sic]'],
];

let browser: Browser;
// One context for every query, as one reader searching again: each query is still a page of its own,
// but Pagefind's files come from the browser's cache after the first.
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(() => browser?.close());

describe('real queries find their place in the first three results', () => {
  for (const [query, expected, why] of QUERIES) {
    it(`${query} → ${expected} (${why})`, async () => {
      const { page, problems } = await openSearch(browser, `?q=${encodeURIComponent(query)}`, context);
      const top = (await shownResults(page)).slice(0, 3);
      // A page itself (no anchor expected), or a link from the top three into the expected place.
      const links = top.flatMap((r) => (expected.includes('#') ? [r.href, ...r.deepLinks].filter((l) => l.includes('#')) : [r.href]));
      const found = expected.endsWith('#') ? links.some((l) => l.startsWith(expected)) : links.includes(expected);
      expect(found, `top three: ${JSON.stringify(top.map((r) => [r.href, ...r.deepLinks]))}`).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
