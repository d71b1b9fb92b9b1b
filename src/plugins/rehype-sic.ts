import type { ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { markSic } from '../lib/sic.ts';
import type { Sic } from '../schemas/sic.ts';
import { frontmatterOf } from './frontmatter.ts';

/** The misprint as printed, then a [sic] mark carrying the note (read out, and shown on hover); as SicText.astro. */
function mark(entry: Sic): ElementContent[] {
  return [
    h('span.sic', entry.text),
    h('span.sic-mark', { title: entry.note, 'data-pagefind-ignore': '' }, ['[sic', h('span.sr-only', `: ${entry.note}`), ']']),
  ];
}

/**
 * Marks the report's misprints [sic] where they stand, from the `sic` list of the front matter:
 * the words stay exactly as printed, the mark says what is wrong.
 */
export default function rehypeSic() {
  return (tree: Root, file: VFile) => {
    const entries = (frontmatterOf(file) as { sic?: Sic[] }).sic ?? [];
    if (entries.length === 0) return;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || (parent.type === 'element' && parent.properties.className?.toString().includes('sic'))) return;
      const pieces = markSic(node.value, entries);
      if (!pieces.some((p) => p.sic)) return;
      const parts = pieces.flatMap((p): ElementContent[] => (p.sic ? mark(p.sic) : [{ type: 'text', value: p.text }]));
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
