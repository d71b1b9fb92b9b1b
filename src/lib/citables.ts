import { chapterName, chapterOf, getChapters, getRecommendations, getReportMeta, getSections, navTitle } from './report.ts';
import { paragraphPath, recommendationPath, sectionPath } from './hrefs.ts';
import type { PrintedPages } from '../schemas/page.ts';

/** A part of the report a reader cites on its own: a recommendation, a chapter, a paragraph. */
export interface Citable {
  /** A short unique key for reference managers, also the name of its citation files ("odihr2019country-r7"). */
  citeKey: string;
  /** What the citation names it: "recommendation 7", "chapter XIII". */
  part: string;
  /** The note its formats carry. */
  note: string;
  /** The site-relative path of its page. */
  path: string;
  pages?: PrintedPages;
}

/** Every recommendation, every chapter with numbered paragraphs and every numbered paragraph, each with its printed pages. */
export async function getCitables(): Promise<Citable[]> {
  const meta = await getReportMeta();
  const paragraphs = (await getSections()).flatMap((s) => s.data.paragraphs);
  const recommendations = (await getRecommendations()).map(({ data }) => ({
    citeKey: `${meta.citationKey}-r${data.number}`,
    part: `recommendation ${data.number}`,
    note: `Recommendation ${data.number}`,
    path: recommendationPath(data.number),
    pages: paragraphs.find((p) => p.n === data.listParagraph)?.pages,
  }));
  const chapters = (await getChapters())
    .map(({ entry, subsections }) => ({ entry, paragraphs: [entry, ...subsections].flatMap((s) => s.data.paragraphs) }))
    .filter((c) => c.paragraphs.length > 0)
    .map(({ entry, paragraphs: own }) => ({
      citeKey: `${meta.citationKey}-${entry.data.slug}`,
      part: chapterName(entry),
      note: navTitle(entry),
      path: sectionPath(entry.data.slug),
      // From the heading's page to the last paragraph's.
      pages: { from: entry.data.page, to: Math.max(entry.data.page, ...own.map((p) => p.pages.to)), certain: true },
    }));
  // Each numbered paragraph, cited by this site's number and its printed page.
  const numbered = (await getSections()).flatMap((section) =>
    section.data.paragraphs.map((p) => ({
      citeKey: `${meta.citationKey}-p${p.n}`,
      part: `¶ ${p.n} (this site's numbering)`,
      note: `¶ ${p.n} (this site's numbering)`,
      path: paragraphPath(chapterOf(section), p.n),
      pages: p.pages,
    })),
  );
  return [...recommendations, ...chapters, ...numbered];
}
