/** A DPUB-ARIA role (doc-noteref, doc-backlink, doc-endnotes) as attributes: Astro's types list only WAI-ARIA roles. */
export function dpubRole(role: 'doc-noteref' | 'doc-backlink' | 'doc-endnotes'): Record<string, string> {
  return { role };
}
