/**
 * What an annex the parser reads as tables holds, from its title or its slug ("ANNEX I: FINAL
 * ELECTION RESULTS", "annex-ii-list-of-observers-…"); any other annex is text, like a chapter.
 */
export function annexKind(titleOrSlug: string): 'results' | 'observers' | undefined {
  return /\bresults\b/i.test(titleOrSlug) ? 'results' : /\bobservers\b/i.test(titleOrSlug) ? 'observers' : undefined;
}
