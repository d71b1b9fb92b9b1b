import type { Place, TextSection } from './report-statements.ts';
import { stripSuperscripts } from './superscript.ts';

/** The sentence of the executive summary that judges the election, in the report's own words. */
export interface OverallAssessment extends Place {
  /** The words that attribute the judgement ("The Statement … concluded that"), where the sentence has them. */
  attribution?: string;
  /** The judgement itself, from "the election(s)" to the sentence's end. */
  judgement: string;
  /** Whether the sentence ends inside a quotation that the paragraph goes on with. */
  quoteContinues: boolean;
}

// "declared Mr. Smith the winner": a full stop after a title does not end a sentence.
const SENTENCE_END = /(?<!\b(?:Mr|Ms|Mrs|Dr|No|St|para))[.!?][”"’]?\s+(?=[A-Z“"‘])/g;

/** A paragraph's sentences, footnote references and emphasis marks left out. */
export function sentencesOf(text: string): string[] {
  const plain = stripSuperscripts(text).replace(/\*/g, '');
  const sentences: string[] = [];
  let start = 0;
  for (const m of plain.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].trimEnd().length;
    sentences.push(plain.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  sentences.push(plain.slice(start).trim());
  return sentences.filter(Boolean);
}

/**
 * ODIHR's executive summaries open with the invitation and the deployment, then judge the election:
 * either by quoting the preliminary statement ("… concluded that the election “…”") or in a sentence
 * of their own ("The elections were …"). The first sentence of either kind is the overall assessment.
 */
const CONCLUDED = /^(.*?\bconcluded that)\s+(["“]?(?:the )?(?:[\w-]+ ){0,4}elections?\b.*)$/i;
const JUDGED = /^["“]?The (?:[\w-]+ ){0,4}elections? (?:was|were)\b/;

/** The executive summary's overall assessment of the election, where one of its sentences makes one. */
export function findOverallAssessment(summary: TextSection | undefined): OverallAssessment | undefined {
  for (const p of summary?.paragraphs ?? []) {
    for (const sentence of sentencesOf(p.text)) {
      const concluded = CONCLUDED.exec(sentence);
      if (!concluded && !JUDGED.test(sentence)) continue;
      const judgement = concluded ? concluded[2] : sentence;
      const opened = (judgement.match(/“/g) ?? []).length + ((judgement.match(/"/g) ?? []).length % 2);
      const closed = (judgement.match(/”/g) ?? []).length;
      return {
        chapter: summary!.chapter,
        n: p.n,
        ...(concluded ? { attribution: concluded[1] } : {}),
        judgement,
        quoteContinues: opened > closed,
      };
    }
  }
  return undefined;
}
