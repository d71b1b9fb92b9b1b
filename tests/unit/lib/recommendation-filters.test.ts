import { describe, expect, it } from 'vitest';
import { countMatching, filterSummary, matchesFilters, readFilters, writeFilters } from '../../../src/lib/recommendation-filters.ts';
import { otherByTopic, topicsInListOrder } from '../../../src/lib/recommendation-topics.ts';
import { realReport } from '../../report.ts';

const recommendations = realReport().recommendations;
const topics = topicsInListOrder(recommendations);
const slugs = topics.map((t) => t.slug);

describe('topics of the 31 recommendations', () => {
  it('in the order of chapter XV, with their counts', () => {
    expect(topics.map((t) => [t.name, t.count])).toEqual([
      ['Background and Political Context', 1],
      ['Legal Framework and Electoral System', 2],
      ['Election Administration', 2],
      ['Voter Registration', 3],
      ['Candidate Registration', 3],
      ['Election Campaign', 3],
      ['Campaign Finance', 2],
      ['Media', 5],
      ['Complaints and Appeals', 4],
      ['Election Day', 5],
      ['Post-Election Developments', 1],
    ]);
  });

  it('the other recommendations grouped under the sub-headings of chapter XV', () => {
    const groups = otherByTopic(recommendations);
    expect(groups.map((g) => g.recommendations.map((r) => r.number)).flat()).toEqual(Array.from({ length: 20 }, (_, i) => i + 12));
    expect(groups.find((g) => g.topic.slug === 'media')?.recommendations.map((r) => r.number)).toEqual([21, 22, 23, 24]);
    // Post-election developments has a priority recommendation only.
    expect(groups.map((g) => g.topic.slug)).not.toContain('post-election-developments');
  });
});

describe('filters', () => {
  it('count 11 priority, 20 other, and each topic with either', () => {
    expect(countMatching(recommendations, {})).toBe(31);
    expect(countMatching(recommendations, { priority: 'yes' })).toBe(11);
    expect(countMatching(recommendations, { priority: 'no' })).toBe(20);
    for (const topic of topics) expect(countMatching(recommendations, { topic: topic.slug })).toBe(topic.count);
    expect(countMatching(recommendations, { priority: 'yes', topic: 'media' })).toBe(1);
    expect(countMatching(recommendations, { priority: 'no', topic: 'media' })).toBe(4);
    expect(countMatching(recommendations, { priority: 'no', topic: 'post-election-developments' })).toBe(0);
  });

  it('match on both priority and topic', () => {
    const media8 = recommendations.find((r) => r.number === 8)!;
    expect(matchesFilters(media8, { priority: 'yes', topic: 'media' })).toBe(true);
    expect(matchesFilters(media8, { priority: 'no', topic: 'media' })).toBe(false);
    expect(matchesFilters(media8, { topic: 'election-day' })).toBe(false);
  });

  it('read from and written to the URL, unknown values ignored', () => {
    expect(readFilters('?priority=yes&topic=media', slugs)).toEqual({ priority: 'yes', topic: 'media' });
    expect(readFilters('?priority=maybe&topic=weather', slugs)).toEqual({});
    expect(readFilters('', slugs)).toEqual({});
    expect(writeFilters({ priority: 'yes', topic: 'media' })).toBe('?priority=yes&topic=media');
    expect(writeFilters({ topic: 'election-day' })).toBe('?topic=election-day');
    expect(writeFilters({})).toBe('');
  });

  it('summarised in one line', () => {
    expect(filterSummary(31, 31)).toBe('Showing all 31 recommendations');
    expect(filterSummary(5, 31)).toBe('Showing 5 of 31 recommendations');
    expect(filterSummary(0, 31)).toBe('Showing 0 of 31 recommendations');
  });
});
