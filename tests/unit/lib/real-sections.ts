import { paragraphsOf } from '../../../scripts/pipeline/number-paragraphs.ts';
import type { TextSection } from '../../../src/lib/report-statements.ts';
import { realReport } from '../../report.ts';

/** The real report's sections as the statement finders read them: chapter page and numbered paragraphs. */
export function realTextSections(): TextSection[] {
  return realReport().sections.map((s) => ({
    chapter: s.parent ?? s.slug,
    paragraphs: paragraphsOf(s).map((p) => ({ n: p.n, text: p.text })),
  }));
}
