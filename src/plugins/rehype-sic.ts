import type { ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Sic } from '../schemas/sic.ts';
import { frontmatterOf } from './frontmatter.ts';

/** The misprint as printed, then a [sic] mark carrying the note (read out, and shown on hover). */
function mark(entry: Sic): ElementContent[] {
  return [
    h('span.sic', entry.text),
    h('span.sic-mark', { title: entry.note, 'data-pagefind-ignore': '' }, ['[sic', h('span.sr-only', `: ${entry.note}`), ']']),
  ];
}

/** Splits a text at the misprints it holds, marking each. */
function split(value: string, entries: Sic[]): ElementContent[] | undefined {
  const entry = entries.find((e) => value.includes(e.text));
  if (!entry) return undefined;
  const at = value.indexOf(entry.text);
  const before: ElementContent[] = at > 0 ? [{ type: 'text', value: value.slice(0, at) }] : [];
  const rest = value.slice(at + entry.text.length);
  const after: ElementContent[] = rest ? (split(rest, entries) ?? [{ type: 'text', value: rest }]) : [];
  return [...before, ...mark(entry), ...after];
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
      const parts = split(node.value, entries);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
