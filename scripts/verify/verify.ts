import { openSite } from './built-pages.ts';
import { checkObservers, checkRecommendations, checkFigures, checkResults } from './check-pages.ts';
import { checkFootnotes, checkParagraphs } from './check-sections.ts';
import type { Loss } from './loss.ts';
import { readContent } from './read-content.ts';

/** What verifySite found: what it counted, and every loss ordered by source line. */
export interface Verdict {
  counted: string[];
  losses: Loss[];
}

/** Checks that everything of the source in the content/ collections stands in the built site. */
export function verifySite(options: { site: string; content: string }): Verdict {
  const content = readContent(options.content);
  const site = openSite(options.site);
  const results = [
    checkParagraphs(content.sections, site),
    checkFootnotes(content.footnotes, content.sections, site),
    checkRecommendations(content.recommendations, site),
    checkResults(content.results, site),
    checkFigures(content.results, site),
    checkObservers(content.observers, site),
  ];
  const losses = results.flatMap((r) => r.losses).sort((a, b) => a.line - b.line);
  return { counted: results.map((r) => r.counted), losses };
}

/** The report of a verdict: a line per loss (at most `max`, then how many more), or one summary line. */
export function formatVerdict(verdict: Verdict, source: string, site: string, seconds: number, max = 20): string[] {
  if (verdict.losses.length === 0) return [`verify-site: ${verdict.counted.join(', ')}: all in ${site}/ (${seconds.toFixed(2)} s)`];
  const lines = verdict.losses.slice(0, max).map((loss) => `${source}:${loss.line}: ${loss.message}`);
  if (verdict.losses.length > max) lines.push(`… and ${verdict.losses.length - max} more`);
  lines.push(`verify-site: ${verdict.losses.length} of the source missing or changed in ${site}/`);
  return lines;
}
