import type { Recommendation } from '../../src/schemas/recommendation.ts';
import { wordingSimilarity } from '../../src/lib/word-diff.ts';
import { paragraphsOf, type NumberedParagraph, type ProseSection } from './number-paragraphs.ts';
import { ReportError } from './report-error.ts';
import { slugify } from './split-sections.ts';
import { toTitleCase } from '../../src/lib/title-case.ts';

/** A recommendation with the texts that will make its Markdown body. */
export interface ParsedRecommendation extends Recommendation {
  /** Its text as listed in the recommendations chapter, without the number. */
  text: string;
}

const ITEM = /^(\d+)\. ([\s\S]+)$/;
/** Below this share of common text, an inline paragraph is not the same recommendation. */
const MIN_SIMILARITY = 0.85;

/** The paragraph outside the recommendations chapter that states a recommendation, with its section. */
function findInline(text: string, sections: ProseSection[], taken: Set<number>) {
  let best: { paragraph: NumberedParagraph; section: ProseSection; score: number } | undefined;
  const words = new Set(text.toLowerCase().split(/\W+/));
  for (const section of sections) {
    for (const paragraph of paragraphsOf(section)) {
      if (taken.has(paragraph.n)) continue;
      const other = paragraph.text.toLowerCase().split(/\W+/);
      // Cheap filter before the word diff: most of the words must be shared.
      if (other.filter((w) => words.has(w)).length < other.length * 0.6) continue;
      const score = wordingSimilarity(text, paragraph.text);
      if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { paragraph, section, score };
    }
  }
  return best;
}

/**
 * Reads the numbered recommendations of the RECOMMENDATIONS chapter, the topic sub-headings they
 * stand under, and finds each one's inline wording in the chapters before. Marks both the listed
 * and the inline paragraph with the recommendation's number.
 */
export function extractRecommendations(sections: ProseSection[]): ParsedRecommendation[] {
  const chapter = sections.find((s) => s.kind === 'chapter' && s.title === 'RECOMMENDATIONS');
  if (!chapter) throw new ReportError(1, 'no chapter "RECOMMENDATIONS" in the table of contents');
  // The numbered lists stand in the chapter's subsections ("PRIORITY RECOMMENDATIONS", …) or, where it has none, in the chapter itself.
  const subsections = sections.filter((s) => s.parent === chapter.slug);
  const lists = subsections.length > 0 ? subsections : [chapter];
  const findings = sections.filter((s) => s !== chapter && s.parent !== chapter.slug && s.kind !== 'about');
  const chapterOf = (section: ProseSection) => sections.find((s) => s.slug === (section.parent ?? section.slug))!;
  const topicFor = (title: string) =>
    lists.flatMap((l) => l.pieces).find((p) => p.heading && p.text.toLowerCase() === title.toLowerCase())?.text ?? toTitleCase(title);
  const taken = new Set<number>();
  const recommendations: ParsedRecommendation[] = [];
  for (const list of lists) {
    // A subsection of the chapter that lists nothing lost its list (a page or a paste gone wrong).
    if (list !== chapter && !list.pieces.some((p) => ITEM.test(p.text))) {
      throw new ReportError(list.line, `"${list.title}" lists no recommendation ("1. …"): its numbered lines are missing`);
    }
    const priority = list.title.includes('PRIORITY');
    // Without sub-headings, a recommendation's topic is the chapter where it stands inline.
    const topics = list.pieces.some((p) => p.heading);
    let topic: string | undefined;
    for (const piece of list.pieces) {
      if (piece.heading) {
        topic = piece.text;
        continue;
      }
      const match = ITEM.exec(piece.text);
      // A chapter without subsections may open with text before its list.
      if (!match && list === chapter && recommendations.length === 0) continue;
      if (!match) throw new ReportError(piece.line, `"${list.title}" should hold numbered recommendations only ("12. …")`);
      const number = Number(match[1]);
      if (number !== recommendations.length + 1) {
        throw new ReportError(piece.line, `recommendation ${number} should be ${recommendations.length + 1}: the numbering has a gap`);
      }
      if (!priority && topics && !topic) throw new ReportError(piece.line, `recommendation ${number} stands under no topic sub-heading`);
      const text = match[2];
      const inline = findInline(text, findings, taken);
      if (!inline) throw new ReportError(piece.line, `recommendation ${number} stands nowhere in the text of the chapters before`);
      taken.add(inline.paragraph.n);
      inline.paragraph.recommendation = number;
      piece.recommendation = number;
      const topicName = priority || !topics ? topicFor(chapterOf(inline.section).title) : topic!;
      recommendations.push({
        number,
        priority,
        topic: topicName,
        topicSlug: slugify(topicName),
        section: inline.section.slug,
        chapter: chapterOf(inline.section).slug,
        paragraph: inline.paragraph.n,
        inlineText: inline.paragraph.text,
        listParagraph: piece.n,
        line: piece.line,
        text,
      });
    }
  }
  return recommendations;
}
