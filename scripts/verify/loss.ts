/** Something of the source that the built site does not show as written, at its source line. */
export interface Loss {
  line: number;
  message: string;
}

/** What one check went through, and what it found missing. */
export interface CheckResult {
  /** What was checked, for the summary line ("158 paragraphs"). */
  counted: string;
  losses: Loss[];
}

/** A number from front matter, or undefined. */
export const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** A list from front matter, or an empty one. */
export const listOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);
