import type { FollowUpAssessment, FollowUpLevel } from '../../src/schemas/follow-up.ts';
import type { RawFootnote } from './extract-footnotes.ts';
import type { Citation } from './link-references.ts';
import { paragraphsOf, type ProseSection } from './number-paragraphs.ts';
import { ReportError } from './report-error.ts';
import { stripSuperscripts } from '../../src/lib/superscript.ts';

/** Where a text stands: its line, section, paragraph (or the one citing its footnote) and footnote. */
export interface StatementPlace {
  line: number;
  section: string;
  paragraph?: number;
  footnote?: number;
}

/** A text that may make the follow-up statement: a paragraph of a footnote, or of the recommendations chapter. */
export interface StatementText extends StatementPlace {
  text: string;
}

/** The statement as read: where it stands, who assessed, the assessments in order, and its words. */
export interface ParsedFollowUp extends StatementPlace {
  assessedBy?: string;
  assessments: FollowUpAssessment[];
  /** The statement as printed, from its first sentence to the end of its paragraph, without footnote references. */
  statement: string;
}

// "The follow-up of prior recommendations is assessed by the ODIHR EOM as follows: …"
const OPENING = /\bfollow-up (?:of|on) (?:the )?(?:prior|previous|earlier|past) (?:ODIHR )?recommendations\b[^.:]*?\bassessed\b/i;
const ASSESSOR = /\bassessed by (?:the )?(ODIHR [^:,]*?)(?: as follows)?:/;
// "… are partially implemented", "… is fully implemented", "… have not been implemented"
const CLAUSE =
  /^(.+?),? (?:is|are|was|were|has been|have been|remains?) ((?:(fully|mostly|largely|partially|partly|not(?: yet)?) )?(?:implemented|addressed))\.?$/i;
// "recommendations 1, 3 and 20 from the 2016 Final Report"
const GROUP = /\brecommendations? (\d+(?:(?:,? and |, ?)\d+)*) (?:from|of|in) the (?:ODIHR )?((\d{4}) (?:[A-Za-z-]+ )*?report)\b/gi;
// What may stand between two groups: ", and", ", as well as", " and".
const JOINER = /^,?\s*(?:and|as well as)?\s*,?\s*$/i;

const LEVELS: Record<string, FollowUpLevel> = {
  '': 'fully',
  fully: 'fully',
  mostly: 'mostly',
  largely: 'mostly',
  partially: 'partially',
  partly: 'partially',
  not: 'not',
};

/** The level a status's adverb names ("not yet been" → not). */
const levelOf = (adverb = '') => LEVELS[adverb.toLowerCase().split(' ')[0]];

/** Reads one clause ("recommendations 1 and 3 from the 2016 Final Report are partially implemented") into assessments. */
function readClause(clause: string, line: number): FollowUpAssessment[] {
  const match = CLAUSE.exec(clause.trim());
  if (!match)
    throw new ReportError(
      line,
      `the follow-up of prior recommendations: cannot read "${clause.trim()}" (no "… are [fully/mostly/partially/not] implemented")`,
    );
  const [, subject, status, adverb] = match;
  const assessments: FollowUpAssessment[] = [];
  let rest = 0;
  for (const group of subject.matchAll(GROUP)) {
    const between = subject.slice(rest, group.index);
    if (!JOINER.test(between))
      throw new ReportError(line, `the follow-up of prior recommendations: cannot read "${between.trim()}" in "${subject}"`);
    rest = group.index + group[0].length;
    for (const n of group[1].split(/\D+/)) {
      assessments.push({ report: group[2], year: Number(group[3]), recommendation: Number(n), status, level: levelOf(adverb) });
    }
  }
  const tail = subject.slice(rest);
  if (assessments.length === 0 || tail.trim() !== '') {
    throw new ReportError(
      line,
      `the follow-up of prior recommendations: cannot read "${tail.trim() || subject}" ("recommendation(s) N, M and K from the YYYY … report")`,
    );
  }
  return assessments;
}

/** Reads the assessments after "as follows:", one clause per sentence (or per "; " or ", while "). */
function readAssessments(list: string, line: number): FollowUpAssessment[] {
  const clauses = list.split(/(?<=\.)\s+(?=[A-Z])|;\s+|,? while /).filter((c) => c.trim());
  const assessments = clauses.flatMap((clause) => readClause(clause, line));
  const seen = new Set<string>();
  for (const a of assessments) {
    const key = `${a.report.toLowerCase()} ${a.recommendation}`;
    if (seen.has(key))
      throw new ReportError(
        line,
        `the follow-up of prior recommendations assesses recommendation ${a.recommendation} of the ${a.report} twice`,
      );
    seen.add(key);
  }
  return assessments;
}

/**
 * Finds the report's statement on the follow-up of earlier reports' recommendations (a footnote or
 * a paragraph of the recommendations chapter: "The follow-up of prior recommendations is assessed
 * by the ODIHR EOM as follows: …") and reads it into assessments. Returns nothing for a report that
 * makes no such statement; a statement it cannot wholly read is an error at its line.
 */
export function extractFollowUp(texts: StatementText[]): ParsedFollowUp | undefined {
  const found = texts.filter((t) => OPENING.test(t.text)).sort((a, b) => a.line - b.line);
  if (found.length > 1)
    throw new ReportError(
      found[1].line,
      `a second statement on the follow-up of prior recommendations (the first is at line ${found[0].line})`,
    );
  const [source] = found;
  if (!source) return undefined;
  const opening = OPENING.exec(source.text)!;
  // The statement starts at the sentence that names the follow-up.
  const start = Math.max(0, source.text.slice(0, opening.index).search(/(?:^|(?<=[.!?”"][⁰¹²³⁴⁵⁶⁷⁸⁹]*\s))[^.!?]*$/));
  // Footnote references in it would point to notes of another page where it is shown.
  const statement = stripSuperscripts(source.text.slice(start));
  const colon = statement.indexOf(':');
  if (colon < 0) throw new ReportError(source.line, 'the follow-up of prior recommendations: no list of assessments after "as follows:"');
  const { text: _text, ...place } = source;
  return {
    ...place,
    ...(ASSESSOR.exec(statement) ? { assessedBy: ASSESSOR.exec(statement)![1] } : {}),
    assessments: readAssessments(statement.slice(colon + 1), source.line),
    statement,
  };
}

/** The texts where a report makes the statement: every footnote's paragraphs, and the paragraphs of the recommendations chapter. */
export function statementTexts(sections: ProseSection[], footnotes: RawFootnote[], citations: Map<number, Citation>): StatementText[] {
  const chapter = sections.find((s) => s.kind === 'chapter' && s.title === 'RECOMMENDATIONS');
  const inChapter = sections.filter((s) => chapter && (s === chapter || s.parent === chapter.slug));
  return [
    ...footnotes.flatMap((f) => {
      const { section, paragraph } = citations.get(f.number)!;
      return f.paragraphs.map((text, i) => ({ line: f.line + i, section, ...(paragraph ? { paragraph } : {}), footnote: f.number, text }));
    }),
    ...inChapter.flatMap((s) => paragraphsOf(s).map((p) => ({ line: p.line, section: s.slug, paragraph: p.n, text: p.text }))),
  ];
}
