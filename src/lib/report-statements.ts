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
  const found = findParagraphs(sections, pattern);
  if (found.length !== 1) throw new Error(`${found.length} paragraphs of the report match ${pattern}, expected one`);
  return found[0];
}

/** Every paragraph of the report that matches a pattern. */
function findParagraphs(sections: TextSection[], pattern: RegExp): Found[] {
  return sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => {
      const match = pattern.exec(p.text);
      return match ? [{ chapter: s.chapter, n: p.n, text: p.text, match }] : [];
    }),
  );
}

/** The one paragraph that makes a statement, or nothing where none or several do: an optional statement is not guessed at. */
export function findStatement(sections: TextSection[], pattern: RegExp): Found | undefined {
  const found = findParagraphs(sections, pattern);
  return found.length === 1 ? found[0] : undefined;
}

/** A number as the report writes it in running text ("1,352") read as a number. */
const num = (s: string) => Number(s.replace(/,/g, ''));

/** A delegation the report says took part ("a 49-member delegation from the OSCE PA"). */
export interface StatedDelegation {
  /** Its name as the report writes it there ("the OSCE PA", "PACE"). */
  name: string;
  members: number;
}

/** The mission's size as the report states it in ODIHR's standard words, each figure with the paragraph that states it. */
export interface StatedMission {
  total?: { observers: number; countries: number; odihr: number; delegations: StatedDelegation[]; found: Found };
  odihr?: { coreTeam: number; longTerm: number; found: Found };
}

/** Reads the mission's size from the report's own words, where it states it in ODIHR's standard form. */
export function statedMission(sections: TextSection[]): StatedMission {
  const total = findStatement(
    sections,
    /In total, ([\d,]+) observers from (\d+) (?:countries|OSCE participating States) were deployed, including ([\d,]+) long-term and short-term observers deployed by ODIHR/,
  );
  const odihr = findStatement(sections, /consisted of an? (\d+)-member core team based in [^,.]+? and (\d+) long-term observers/);
  const delegations = total
    ? sentenceOf(total).matchAll(/(?:an?|and) ([\d,]+)-member delegation from (?:the )?([^,.]+?)(?=,| and an?\b|\.|$)/g)
    : [];
  return {
    ...(total
      ? {
          total: {
            observers: num(total.match[1]),
            countries: num(total.match[2]),
            odihr: num(total.match[3]),
            delegations: [...delegations].map((m) => ({ name: m[2].trim(), members: num(m[1]) })),
            found: total,
          },
        }
      : {}),
    ...(odihr ? { odihr: { coreTeam: num(odihr.match[1]), longTerm: num(odihr.match[2]), found: odihr } } : {}),
  };
}

/** The winner's share of the vote as the report's text states it, where it states it once. */
export function statedWinnerShare(sections: TextSection[]): Found | undefined {
  return findStatement(sections, /declared (?:[^.]|\b(?:Mr|Ms|Mrs|Dr)\.)*?as the winner with ([\d.]+) per ?cent of the votes?/);
}

/** The turnout as the report's text states it, where it states it once. */
export function statedTurnout(sections: TextSection[]): Found | undefined {
  return findStatement(sections, /(?:the )?(?:voter )?turnout was (?:reported|announced) (?:at|as) ([\d.]+) per ?cent/i);
}

/** The paragraph that notes the number of invalid ballots need not be published, where there is one. */
export function statedInvalidBallots(sections: TextSection[]): Found | undefined {
  return findStatement(sections, /not require [^.]*? to publish the number of invalid ballots/);
}

/** The first paragraph where the report writes some words, for a [sic] note to point at. */
export function firstMention(sections: TextSection[], words: string): Place | undefined {
  return sections.flatMap((s) => s.paragraphs.filter((p) => p.text.includes(words)).map((p) => ({ chapter: s.chapter, n: p.n })))[0];
}

/** The sentence of the paragraph in which a statement was found, from the match to the next full stop. */
export function sentenceOf(found: Found): string {
  const end = found.text.indexOf('. ', found.match.index + found.match[0].length);
  return found.text.slice(found.match.index, end < 0 ? undefined : end + 1).trim();
}
