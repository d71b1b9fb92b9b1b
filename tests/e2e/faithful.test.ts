import type { Element } from 'hast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../scripts/pipeline/number-paragraphs.ts';
import { escapeLineStart } from '../../scripts/pipeline/to-markdown.ts';
import { recommendationPath, sectionPath } from '../../src/lib/hrefs.ts';
import { parseSuperscript, SUPERSCRIPT_RUN } from '../../src/lib/superscript.ts';
import { realCandidates, realReport } from '../report.ts';
import { builtPages, readPage, select, selectAll, textOf } from './dist.ts';

const report = realReport();
const pageOf = (path: string) => `${path.split('#')[0].replace(/^\//, '')}index.html`;
const chapterOf = (slug: string) => report.sections.find((s) => s.slug === slug)?.parent ?? slug;

/** What a reader sees of a paragraph's Markdown: no markup, footnote numbers as plain digits. */
function plainText(markdown: string): string {
  const text = toString(unified().use(remarkParse).parse(escapeLineStart(markdown)));
  return text
    .replace(SUPERSCRIPT_RUN, (run) => String(parseSuperscript(run)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** An element without what the site adds to the report's words: margin numbers, [sic] marks, back-links. */
function withoutAdditions(element: Element): Element {
  const added = ['pnum', 'sic-mark', 'backref', 'footnote-aside'];
  const children = element.children
    .filter((c) => !(c.type === 'element' && (c.properties.className as string[] | undefined)?.some((name) => added.includes(name))))
    .map((c) => (c.type === 'element' ? withoutAdditions(c) : c));
  return { ...element, children };
}

/** A built paragraph's text as the report prints it. */
const paragraphText = (p: Element) => textOf(withoutAdditions(p));

describe('the built site holds the whole report', () => {
  const sectionPages = builtPages().filter((p) => p.startsWith('sections/'));

  it('every paragraph of the source, exactly once, in order, with its text as written', () => {
    const paragraphs = report.sections.flatMap(paragraphsOf);
    const chapters = [...new Set(report.sections.filter((s) => paragraphsOf(s).length).map((s) => chapterOf(s.slug)))];
    const built = chapters.flatMap((c) => selectAll('p.para', readPage(pageOf(sectionPath(c)))));
    expect(built.map((p) => p.properties.id)).toEqual(paragraphs.map((p) => `p-${p.n}`));
    expect(built.map(paragraphText)).toEqual(paragraphs.map((p) => plainText(p.text)));
    const elsewhere = sectionPages
      .filter((p) => !chapters.some((c) => pageOf(sectionPath(c)) === p))
      .flatMap((p) => selectAll('p.para', readPage(p)));
    expect(elsewhere).toEqual([]);
  });

  it('107 footnotes, each linked from its reference and back', () => {
    const pages = builtPages();
    for (const footnote of report.footnotes) {
      const page = pageOf(sectionPath(chapterOf(footnote.section)));
      const tree = readPage(page);
      const note = select(`li#fn-${footnote.number}`, tree);
      const reference = select(`a#fnref-${footnote.number}[href="#fn-${footnote.number}"][role="doc-noteref"]`, tree);
      expect(note, `footnote ${footnote.number} on ${page}`).toBeDefined();
      expect(reference, `reference ${footnote.number} on ${page}`).toBeDefined();
      expect(select(`a[href="#fnref-${footnote.number}"]`, note!)).toBeDefined();
      expect(textOf(withoutAdditions(note!))).toBe(footnote.paragraphs.map(plainText).join(' '));
      // Each note stands on one page only.
      expect(pages.filter((p) => select(`#fn-${footnote.number}`, readPage(p)))).toEqual([page]);
    }
  });

  it('31 recommendations, 11 priority, each page linked to the paragraph where it stands inline', () => {
    expect(report.recommendations).toHaveLength(31);
    for (const rec of report.recommendations) {
      const page = readPage(pageOf(recommendationPath(rec.number)));
      const href = `${sectionPath(rec.chapter)}#p-${rec.paragraph}`;
      expect(select(`a[href="${href}"]`, page), `recommendation ${rec.number} links to ${href}`).toBeDefined();
      const target = readPage(pageOf(href));
      const callout = select(`.recommendation[data-recommendation="${rec.number}"]`, target);
      expect(callout && select(`#p-${rec.paragraph}`, callout)).toBeDefined();
      expect(callout!.properties.dataPriority !== undefined).toBe(rec.priority);
    }
    const priority = selectAll('.recommendation[data-priority]', readPage('sections/recommendations/index.html'));
    expect(priority).toHaveLength(11);
  });

  it('the figures of Annex I and every observer of Annex II', () => {
    // The words as printed: a [sic] mark after a misprint (with its note for screen readers) is the site's.
    const asPrinted = (text: string) => text.replace(/\[sic(?::[^\]]*)?\]/g, '');
    const results = asPrinted(textOf(readPage('results/index.html')));
    for (const figure of report.results!.figures) expect(results).toContain(`${figure.label} ${figure.printed}`);
    for (const c of realCandidates()) expect(results).toContain(`${c.name} ${c.votesPrinted} ${c.percentagePrinted}`);
    const rows = selectAll('#observer-table tbody tr', readPage('observers/index.html')).map((row) => asPrinted(textOf(row)));
    const people = report.observers.flatMap((g) =>
      g.members.map((m) => `${m.givenName} ${m.surname} ${m.country} ${g.heading}${m.role ? ` ${m.role}` : ''}`),
    );
    expect(rows).toEqual(people);
  });

  it('no link to a placeholder "#"', () => {
    for (const page of builtPages()) expect(selectAll('a[href="#"]', readPage(page)), page).toEqual([]);
  });
});
