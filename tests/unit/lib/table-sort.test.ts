import { describe, expect, it } from 'vitest';
import { compareCells, nextSort, readSort, sortedOrder, writeSort } from '../../../src/lib/table-sort.ts';
import { realCandidates } from '../../report.ts';

const candidates = realCandidates();

describe('sorting the candidates of Annex I', () => {
  it('by votes, most first: Tokyaev, Kossanov, Yespayeva, Rakhimbekov, Taspikhov, Akhmetbekov, Tugel', () => {
    const order = sortedOrder(
      candidates.map((c) => String(c.votes)),
      'descending',
    );
    expect(order.map((i) => candidates[i].name.split(' ').at(-1))).toEqual([
      'Tokyaev',
      'Kossanov',
      'Yespayeva',
      'Rakhimbekov',
      'Taspikhov',
      'Akhmetbekov',
      'Tugel',
    ]);
  });

  it('by name, alphabetically, and back', () => {
    const names = candidates.map((c) => c.name);
    const up = sortedOrder(names, 'ascending').map((i) => names[i]);
    expect(up).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(sortedOrder(names, 'descending').map((i) => names[i])).toEqual([...up].reverse());
  });
});

describe('compareCells and sortedOrder', () => {
  it('numbers as numbers (9 before 10), text case-blind, equal rows stay in order', () => {
    expect(compareCells('9', '10')).toBeLessThan(0);
    expect(compareCells('abc', 'ABD')).toBeLessThan(0);
    expect(compareCells('', '1')).not.toBeNaN();
    expect(sortedOrder(['b', 'a', 'b', 'a'], 'ascending')).toEqual([1, 3, 0, 2]);
    expect(sortedOrder(['b', 'a', 'b', 'a'], 'descending')).toEqual([0, 2, 1, 3]);
  });
});

describe('the sort in the URL', () => {
  it('reads ?sort=votes&order=desc, ignores an unknown column', () => {
    expect(readSort(new URLSearchParams('sort=votes&order=desc'), ['votes'])).toEqual({ key: 'votes', direction: 'descending' });
    expect(readSort(new URLSearchParams('sort=votes'), ['votes'])).toEqual({ key: 'votes', direction: 'ascending' });
    expect(readSort(new URLSearchParams('sort=height'), ['votes'])).toBeUndefined();
  });

  it('writes the sort, keeping other parameters, and takes it out', () => {
    const written = writeSort(new URLSearchParams('x=1'), { key: 'votes', direction: 'descending' });
    expect(written.toString()).toBe('x=1&sort=votes&order=desc');
    expect(writeSort(written, undefined).toString()).toBe('x=1');
  });

  it('a click on a new column sorts it its first way; a second click turns it round', () => {
    expect(nextSort(undefined, 'votes', 'descending')).toEqual({ key: 'votes', direction: 'descending' });
    expect(nextSort({ key: 'votes', direction: 'descending' }, 'votes', 'descending')).toEqual({ key: 'votes', direction: 'ascending' });
    expect(nextSort({ key: 'votes', direction: 'descending' }, 'name', 'ascending')).toEqual({ key: 'name', direction: 'ascending' });
  });
});
