import { describe, expect, it } from 'vitest';
import { deepLinks, landingUrl, type ResultData, type SubResult } from '../../../src/scripts/search-engine.ts';

/** A sub-result of the Election Day page whose matched words stand at these positions. */
function sub(anchor: string, locations: number[], score = 1): SubResult {
  return {
    title: anchor,
    url: `/sections/election-day/?highlight=ballot#${anchor}`,
    excerpt: '',
    locations,
    weighted_locations: locations.map((location) => ({ location, balanced_score: score })),
  };
}

const page: ResultData = {
  url: '/sections/election-day/?highlight=ballot',
  excerpt: '',
  meta: { title: 'XIII. Election Day' },
  filters: { kind: ['chapter'] },
  sub_results: [
    { ...sub('top', [0]), url: '/sections/election-day/?highlight=ballot' },
    sub('p-103', [40, 52, 60], 3),
    sub('p-104', [120, 121, 122, 140, 141, 142]),
    sub('p-106', [200, 201], 2),
    sub('p-108', [300]),
  ],
};

describe('deep links into a result', () => {
  it('leave out the top of the page, put words found side by side first, then the score, three at most', () => {
    expect(deepLinks(page).map((s) => s.title)).toEqual(['p-104', 'p-106', 'p-103']);
  });

  it('a result with no place inside it, like a footnote, has none', () => {
    expect(deepLinks({ ...page, sub_results: [page.sub_results[0]] })).toEqual([]);
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
