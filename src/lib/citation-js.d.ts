/** The little of Citation.js (which ships no types) that the site uses: read a citation in any format, write it in another. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The items read, as CSL-JSON. */
    data: Record<string, unknown>[];
    /** Writes the items: 'bibtex', 'ris', 'data' (CSL-JSON), 'bibliography' (a formatted reference). */
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
