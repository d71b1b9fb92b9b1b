import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { paragraphPath, recommendationPath, withBase } from '../../src/lib/hrefs.ts';
import { realReport } from '../report.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const base = process.env.BASE ?? '/';
const site = process.env.SITE ?? 'https://odihr-kz-2019.example.org';
const href = (path: string) => withBase(base, path);

describe('short links /r/<n>/', () => {
  it('are static redirects to the recommendation, with a canonical URL and a link', () => {
    for (const rec of report.recommendations) {
      const page: Root = readPage(`r/${rec.number}/index.html`);
      const target = href(recommendationPath(rec.number));
      expect(select('meta[http-equiv="refresh"]', page)?.properties.content).toBe(`0; url=${target}`);
      expect(select('link[rel="canonical"]', page)?.properties.href).toBe(new URL(target, site).href);
      expect(select(`a[href="${target}"]`, page)).toBeDefined();
    }
  });
});

describe('/recommendations/', () => {
  const page = readPage('recommendations/index.html');

  it('lists all 31 in order without JavaScript, priority first, then the topics of chapter XV', () => {
    const items = selectAll('.recommendation-item', page);
    expect(items.map((li) => li.properties.id)).toEqual(report.recommendations.map((r) => `r-${r.number}`));
    expect(items.filter((li) => li.properties.dataPriority === 'yes')).toHaveLength(11);
    expect(selectAll('.recommendation-item[hidden]', page)).toEqual([]);
    expect(selectAll('section[aria-labelledby^="topic-"] > h3', page).map(textOf)).toEqual([
      'Background and Political Context',
      'Legal Framework and Electoral System',
      'Election Administration',
      'Voter Registration',
      'Candidate Registration',
      'Election Campaign',
      'Campaign Finance',
      'Media',
      'Complaints and Appeals',
      'Election Day',
    ]);
    // The filters show only once the script runs.
    expect(select('form#recommendation-filters', page)?.properties.hidden).toBe(true);
    expect(textOf(select('#recommendation-summary', page)!)).toBe('Showing all 31 recommendations');
  });

  it('gives each its topic and a link to its paragraph in its chapter', () => {
    for (const rec of report.recommendations) {
      const item = select(`#r-${rec.number}`, page)!;
      expect(textOf(item)).toContain(rec.topic);
      expect(select(`a[href="${href(paragraphPath(rec.chapter, rec.paragraph))}"]`, item)).toBeDefined();
      expect(textOf(item)).toContain(rec.text);
    }
  });
});
