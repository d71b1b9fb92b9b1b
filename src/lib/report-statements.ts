/** A section's numbered paragraphs with their text, whatever collection or parser they come from. */
export interface TextSection {
  /** Slug of the page (chapter) the section is shown on. */
  chapter: string;
  paragraphs: { n: number; text: string }[];
}

/** A numbered paragraph's place: its chapter's page and its number. */
export interface Place {
  chapter: string;
  n: number;
}

/** A paragraph of the report that matched a pattern, with the match. */
export interface Found extends Place {
  text: string;
  match: RegExpExecArray;
}

/** The section's paragraph texts from its Markdown body: blocks between blank lines, sub-headings left out. */
export function paragraphTexts(body: string, count: number, where: string): string[] {
  const blocks = body.trim() ? body.trim().split(/\n{2,}/) : [];
  const texts = blocks.filter((b) => !b.startsWith('#'));
  if (texts.length !== count) throw new Error(`${where}: ${texts.length} paragraphs in the text, ${count} in the front matter`);
  return texts;
}

/** The one paragraph of the report that matches a pattern, or an error saying none or several do. */
export function findParagraph(sections: TextSection[], pattern: RegExp): Found {
  const found = sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => {
      const match = pattern.exec(p.text);
      return match ? [{ chapter: s.chapter, n: p.n, text: p.text, match }] : [];
    }),
  );
  if (found.length !== 1) throw new Error(`${found.length} paragraphs of the report match ${pattern}, expected one`);
  return found[0];
}

/** A number as the report writes it in running text ("1,352") read as a number. */
const num = (s: string) => Number(s.replace(/,/g, ''));

/** The mission's size as chapter II states it, each figure with the paragraph that states it. */
export interface StatedMission {
  total: { observers: number; countries: number; odihr: number; osce: number; found: Found };
  odihr: { coreTeam: number; longTerm: number; found: Found };
}

/** Reads the mission's size from the report's own words (chapter II). */
export function statedMission(sections: TextSection[]): StatedMission {
  const total = findParagraph(
    sections,
    /In total, ([\d,]+) observers from (\d+) countries were deployed, including ([\d,]+) long-term and short-term observers deployed by ODIHR, and a (\d+)-member delegation from the OSCE PA/,
  );
  const odihr = findParagraph(sections, /consisted of a (\d+)-member core team based in [\w-]+ and (\d+) long-term observers/);
  return {
    total: {
      observers: num(total.match[1]),
      countries: num(total.match[2]),
      odihr: num(total.match[3]),
      osce: num(total.match[4]),
      found: total,
    },
    odihr: { coreTeam: num(odihr.match[1]), longTerm: num(odihr.match[2]), found: odihr },
  };
}

/** The winner's share of the vote as the report's text states it (chapter XIV). */
export function statedWinnerShare(sections: TextSection[]): Found {
  return findParagraph(sections, /declared the acting president, Mr\. \w+, as the winner with ([\d.]+) per cent of the vote/);
}

/** The turnout as the report's text states it (chapter XIII). */
export function statedTurnout(sections: TextSection[]): Found {
  return findParagraph(sections, /The voter turnout was reported at ([\d.]+) per cent/);
}

/** The paragraph that notes the CEC need not publish the number of invalid ballots. */
export function statedInvalidBallots(sections: TextSection[]): Found {
  return findParagraph(sections, /does not require the CEC to publish the number of invalid ballots/);
}

/** A paragraph where the report writes a name as given, for a [sic] note to point at. */
export function firstMention(sections: TextSection[], words: string): Place {
  const first = sections.flatMap((s) => s.paragraphs.filter((p) => p.text.includes(words)).map((p) => ({ chapter: s.chapter, n: p.n })))[0];
  if (!first) throw new Error(`the report's text never writes "${words}"`);
  return first;
}

/** The sentence of the paragraph in which a statement was found, from the match to the next full stop. */
export function sentenceOf(found: Found): string {
  const end = found.text.indexOf('. ', found.match.index + found.match[0].length);
  return found.text.slice(found.match.index, end < 0 ? undefined : end + 1).trim();
}
