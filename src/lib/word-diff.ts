import { diffWords, diffWordsWithSpace } from 'diff';

/** A run of words that two wordings share, or that only one of them has. */
export interface DiffPart {
  text: string;
  /** "added" is only in the second wording, "removed" only in the first. */
  change: 'same' | 'added' | 'removed';
}

/**
 * Compares two wordings word by word. With `exact`, white space counts as a word too, so that
 * every part is quoted exactly as one of the wordings has it ("decision-making" against
 * "decision making": a removed "-" and an added " ").
 */
export function diffWording(first: string, second: string, { exact = false } = {}): DiffPart[] {
  return (exact ? diffWordsWithSpace : diffWords)(first, second).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** Share of the longer wording's characters that both wordings have in common (1 = identical). */
export function wordingSimilarity(first: string, second: string): number {
  const same = diffWording(first, second)
    .filter((part) => part.change === 'same')
    .reduce((sum, part) => sum + part.text.length, 0);
  return same / Math.max(first.length, second.length);
}
