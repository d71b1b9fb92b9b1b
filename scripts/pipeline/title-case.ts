const SMALL = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** Writes an upper-case heading in title case: "POST-ELECTION DEVELOPMENTS" → "Post-Election Developments". */
export function toTitleCase(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[a-z]+/g, (word, offset: number) =>
      offset > 0 && SMALL.has(word) && heading[offset - 1] === ' ' ? word : word[0].toUpperCase() + word.slice(1),
    );
}
