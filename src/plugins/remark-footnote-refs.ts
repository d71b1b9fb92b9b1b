import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { parseSuperscript, SUPERSCRIPT_RUN } from '../lib/superscript.ts';

/** A footnote reference as an element: `<sup><a href="#fn-12" role="doc-noteref">12</a></sup>`. */
function noteref(run: string): PhrasingContent {
  const n = parseSuperscript(run);
  return {
    type: 'text',
    value: run,
    data: {
      hName: 'sup',
      hProperties: { className: ['noteref'] },
      hChildren: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#fn-${n}`, id: `fnref-${n}`, role: 'doc-noteref', ariaLabel: `Footnote ${n}`, dataFootnote: n },
          children: [{ type: 'text', value: String(n) }],
        },
      ],
    },
  };
}

/**
 * Turns the report's footnote references, runs of Unicode superscript digits, into links to the
 * notes (`#fn-<n>`); each note links back to `#fnref-<n>`.
 */
export default function remarkFootnoteRefs() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(SUPERSCRIPT_RUN)) {
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(noteref(match[0]));
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return [SKIP, index + parts.length];
    });
  };
}
