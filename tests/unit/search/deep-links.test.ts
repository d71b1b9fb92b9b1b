import { describe, expect, it } from 'vitest';
import { deepLinks, landingUrl, placeSubResults, type ResultData, type SubResult } from '../../../src/scripts/search-engine.ts';
import { planQuery } from '../../../src/scripts/search-query.ts';

// Three paragraphs of the report's Election Day chapter, shortened, as one record's text.
const PARAGRAPHS = {
  'p-104':
    'Serious irregularities were observed, including series of identical signatures in voter lists (9 per cent of observations). IEOM observed ballot box stuffing in 23 polling stations and received additional video material that showed ballot box stuffing in at least 19 other polling stations. Many of these videos were also widely circulated on social media.',
  'p-105':
    'IEOM observers noted that a significant number of voters were added to the voter list on election day, amounting to, on average, some 25 voters per polling station.',
  'p-106':
    'The IEOM observed deliberate falsification in 11 per cent of counts observed, including indications of ballot box stuffing in 9 per cent of observations.',
};

/** The record as Pagefind returns it for a query: each paragraph a sub-result, with the locations of the words that match. */
function record(query: string): ResultData {
  const plan = planQuery(query, { words: [], acronyms: {} });
  const words: string[] = ['Election', 'Day'];
  const sub_results: SubResult[] = [
    { title: 'Election Day', url: '/sections/election-day/', excerpt: '', locations: [], weighted_locations: [] },
  ];
  for (const [anchor, text] of Object.entries(PARAGRAPHS)) {
    const start = words.length;
    words.push(...text.split(' '));
    const locations = words
      .map((_, i) => i)
      .filter((i) => i >= start && plan.concepts.some((c) => c.terms.some((t) => word(words[i]).startsWith(word(t).slice(0, 5)))));
    sub_results.push({
      title: anchor,
      url: `/sections/election-day/#${anchor}`,
      excerpt: '',
      locations,
      weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })),
    });
  }
  return { url: '/sections/election-day/', excerpt: '', content: words.join(' '), meta: {}, filters: {}, sub_results };
}
const word = (w: string) => w.toLowerCase().replace(/[^a-z0-9]/g, '');
const links = (query: string) => deepLinks(record(query), planQuery(query, { words: [], acronyms: {} })).map((s) => s.title);

describe('deep links into a result', () => {
  it('lead first to the paragraph holding most of the distinct words searched', () => {
    // ¶ 106 holds "ballot box stuffing" too, and ¶ 105 "voter lists" words: ¶ 104 holds them all.
    expect(links('videos of ballot box stuffing')[0]).toBe('p-104');
    expect(links('identical signatures voter lists')[0]).toBe('p-104');
  });

  it('leave out the top of the page and paragraphs without the words, three at most', () => {
    expect(links('ballot box stuffing')).toEqual(['p-104', 'p-106']);
    expect(links('observers voters polling')).toHaveLength(3);
  });

  it('count how close the words stand: the paragraph where they stand side by side wins a tie', () => {
    const placed = placeSubResults(record('ballot stuffing'), planQuery('ballot stuffing', { words: [], acronyms: {} }));
    expect(placed.slice(0, 2).map((p) => [p.sub.title, p.concepts, p.span])).toEqual([
      ['p-104', 2, 3],
      ['p-106', 2, 3],
    ]);
  });

  it('a result with no place inside it, like a footnote, has none', () => {
    const note = record('stuffing');
    expect(deepLinks({ ...note, sub_results: [note.sub_results[0]] }, planQuery('stuffing', { words: [], acronyms: {} }))).toEqual([]);
  });
});

describe('the link to a result', () => {
  it('carries the highlighted words without the quotes of an exact search', () => {
    expect(landingUrl('/sections/election-day/?highlight=%22ballot&highlight=box&highlight=stuffing%22#p-104')).toBe(
      '/sections/election-day/?highlight=ballot&highlight=box&highlight=stuffing#p-104',
    );
  });

  it('is left as it is otherwise', () => {
    expect(landingUrl('/recommendations/3/?highlight=prisoners')).toBe('/recommendations/3/?highlight=prisoners');
    expect(landingUrl('/#fn-1')).toBe('/#fn-1');
  });
});
