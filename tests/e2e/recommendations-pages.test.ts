import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../scripts/pipeline/number-paragraphs.ts';
import { citeRecommendation } from '../../src/lib/citation.ts';
import { listedPages, realReport } from '../report.ts';
import { paragraphPath, recommendationPath, withBase } from '../../src/lib/hrefs.ts';
import { readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const base = process.env.BASE ?? '/';
const site = process.env.SITE ?? 'https://odihr-kz-2019.example.org';
const href = (path: string) => withBase(base, path);
const pageOf = (path: string) => `${path.split('#')[0].replace(/^\//, '')}index.html`;
/** An element without the [sic] marks in it. */
function withoutSic(element: Element): Element {
  const kept = element.children.filter((c) => !(c.type === 'element' && String(c.properties.className ?? '').includes('sic-mark')));
  return { ...element, children: kept.map((c) => (c.type === 'element' ? withoutSic(c) : c)) };
}

/** The recommendations whose wording in the findings differs from the one in chapter XV. */
const DIFFERING = [1, 2, 11, 14, 15, 18, 23, 25];

/** The two wordings a diff shows: the inline one (same + struck) and the listed one (same + inserted), as a reader reads them. */
function wordingsOf(diff: Element): { inline: string; listed: string; removed: string[]; added: string[] } {
  const shown = (el: Element) => {
    const spoken = selectAll('.sr-only', el).map(textOf);
    // Without the words for screen readers; a changed space is shown as "␣" and spoken as "a space".
    return spoken.includes('a space') ? ' ' : toText({ ...el, children: el.children.filter((c) => c.type === 'text') });
  };
  let inline = '';
  let listed = '';
  const removed: string[] = [];
  const added: string[] = [];
  for (const node of diff.children) {
    if (node.type === 'text') {
      inline += node.value;
      listed += node.value;
    } else if (node.type === 'element' && node.tagName === 'del') {
      inline += shown(node);
      removed.push(shown(node));
    } else if (node.type === 'element' && node.tagName === 'ins') {
      listed += shown(node);
      added.push(shown(node));
    }
  }
  return { inline, listed, removed, added };
}

describe('the 31 recommendation pages', () => {
  it('each shows its number, priority, text as listed, and links to its inline paragraph, which holds it', () => {
    expect(report.recommendations).toHaveLength(31);
    for (const rec of report.recommendations) {
      const page = readPage(pageOf(recommendationPath(rec.number)));
      expect(textOf(select('h1', page)!)).toBe(`Recommendation ${rec.number}${rec.priority ? ' priority' : ''}`);
      expect(textOf(select('#listed-text', page)!)).toBe(rec.text);
      const link = href(paragraphPath(rec.chapter, rec.paragraph));
      expect(select(`a[href="${link}"]`, page), `recommendation ${rec.number} links to ${link}`).toBeDefined();
      const target = select(`#p-${rec.paragraph}`, readPage(pageOf(paragraphPath(rec.chapter, rec.paragraph))));
      expect(textOf(target!)).toContain(rec.inlineText);
    }
  });

  it('quote the inline paragraph, the one before it, and their footnotes', () => {
    for (const rec of report.recommendations) {
      const page = readPage(pageOf(recommendationPath(rec.number)));
      const quotes = selectAll('blockquote', page);
      expect(quotes.at(-1)!.properties.cite).toBe(href(paragraphPath(rec.chapter, rec.paragraph)));
      expect(textOf(quotes.at(-1)!)).toContain(rec.inlineText);
      const ofChapter = report.sections.filter((s) => s.slug === rec.chapter || s.parent === rec.chapter).flatMap(paragraphsOf);
      const before = ofChapter.find((p) => p.n === rec.paragraph - 1);
      expect(quotes).toHaveLength(before ? 2 : 1);
      if (before) expect(quotes[0].properties.cite).toBe(href(paragraphPath(rec.chapter, before.n)));
      // Every footnote reference of the quotes leads to a note listed on the page, and back.
      for (const ref of selectAll('blockquote a[role="doc-noteref"]', page)) {
        const n = ref.properties.dataFootnote;
        expect(ref.properties.href).toBe(`#note-${n}`);
        const note = select(`li#note-${n}`, page);
        expect(note, `note ${n} on recommendation ${rec.number}`).toBeDefined();
        const markdown = report.footnotes.find((f) => f.number === Number(n))!.paragraphs[0];
        // The note as written, without the [sic] marks a page may add.
        const shown = { ...note!, children: note!.children.map((c) => (c.type === 'element' ? withoutSic(c) : c)) };
        expect(textOf(shown)).toContain(markdown.replace(/\[|\]\([^)]*\)/g, '').slice(0, 40));
        expect(select(`a[href="#noteref-${n}"]`, note!)).toBeDefined();
      }
    }
    // Recommendation 7: ¶ 63 before it cites footnotes 55 to 57.
    const seven = readPage(pageOf(recommendationPath(7)));
    expect(selectAll('li[id^="note-"]', seven).map((li) => li.properties.id)).toEqual(['note-55', 'note-56', 'note-57']);
  });

  it('show the word-level difference where the two wordings differ, and say so where they are identical', () => {
    const expected: Record<number, [string[], string[]]> = {
      1: [['the '], []],
      2: [['the '], []],
      11: [['declares'], ['registers']],
      14: [['an '], []],
      15: [['a '], []],
      18: [['-'], [' ']],
      23: [[], ['the ']],
      25: [['the possibility of '], []],
    };
    for (const rec of report.recommendations) {
      const page = readPage(pageOf(recommendationPath(rec.number)));
      const wording = select('[data-wording]', page)!;
      const diff = select('.recommendation-diff', page);
      if (DIFFERING.includes(rec.number)) {
        expect(wording.properties.dataWording).toBe('differs');
        expect(textOf(wording)).toContain('differs from the one listed in chapter XV in one place');
        const shown = wordingsOf(diff!);
        expect([shown.removed, shown.added], `recommendation ${rec.number}`).toEqual(expected[rec.number]);
        // Both wordings can be read back from the diff exactly.
        expect(shown.inline).toBe(rec.inlineText);
        expect(shown.listed).toBe(rec.text);
      } else {
        expect(wording.properties.dataWording).toBe('identical');
        expect(textOf(wording)).toContain('is identical to the one listed in chapter XV');
        expect(diff).toBeUndefined();
        expect(selectAll('del, ins', page)).toEqual([]);
      }
    }
    expect(report.recommendations.filter((r) => r.text !== r.inlineText).map((r) => r.number)).toEqual(DIFFERING);
  });

  it('carry a canonical URL, Open Graph and Twitter card tags that name the recommendation', () => {
    for (const rec of report.recommendations) {
      const page = readPage(pageOf(recommendationPath(rec.number)));
      const meta = (key: string) => select(`meta[property="${key}"], meta[name="${key}"]`, page)?.properties.content;
      const canonical = new URL(href(recommendationPath(rec.number)), site).href;
      expect(select('link[rel="canonical"]', page)?.properties.href).toBe(canonical);
      expect(meta('og:url')).toBe(canonical);
      expect(textOf(select('title', page)!)).toMatch(new RegExp(`^Recommendation ${rec.number}\\b`));
      for (const key of ['og:title', 'twitter:title'])
        expect(meta(key)).toMatch(new RegExp(`^Recommendation ${rec.number}\\b.*: ${rec.topic}$`));
      for (const key of ['description', 'og:description', 'twitter:description']) expect(meta(key)).toContain(rec.text.slice(0, 60));
      expect(meta('twitter:card')).toBe('summary');
    }
  });

  it('give the citation and BibTeX as text, other recommendations on the topic, previous and next', () => {
    for (const rec of report.recommendations) {
      const page = readPage(pageOf(recommendationPath(rec.number)));
      expect(textOf(select('#citation-text', page)!)).toBe(citeRecommendation(realReport().meta, rec.number, listedPages(rec.number)).text);
      expect(textOf(select('#citation-text cite', page)!)).toMatch(/^Republic of Kazakhstan/);
      const bibtex = textOf(select('#citation-bibtex', page)!);
      expect(bibtex).toContain(`note = {Recommendation ${rec.number}}`);
      expect(bibtex).toContain(`url = {${new URL(href(recommendationPath(rec.number)), site).href}}`);
      const siblings = report.recommendations.filter((r) => r.topicSlug === rec.topicSlug && r !== rec);
      const listed = selectAll('#same-topic ~ ul li > a', page).map((a) => a.properties.href);
      expect(listed).toEqual(siblings.map((r) => href(recommendationPath(r.number))));
      const pager = (rel: string) => select(`nav a[rel="${rel}"]`, page)?.properties.href;
      expect(pager('prev')).toBe(rec.number > 1 ? href(recommendationPath(rec.number - 1)) : undefined);
      expect(pager('next')).toBe(rec.number < 31 ? href(recommendationPath(rec.number + 1)) : undefined);
    }
  });
});
