import type { Emphasis, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sectionPath, withBase } from '../lib/hrefs.ts';
import { splitTitles } from '../lib/split-titles.ts';
import { frontmatterOf } from './frontmatter.ts';

/**
 * Links the report's cross-references, "(see *Election Day*)" or "(*See Complaints and Appeals*)",
 * to the sections they name, as the parser resolved them into the section's front matter.
 */
export default function remarkCrossReferences(options: { base: string }) {
  return (tree: Root, file: VFile) => {
    const references = frontmatterOf(file).crossReferences ?? [];
    if (references.length === 0) return;
    const byPhrase = new Map(references.map((r) => [r.phrase, r]));
    visit(tree, 'emphasis', (node: Emphasis, index, parent) => {
      if (!parent || index === undefined) return;
      const before = parent.children[index - 1];
      const text = toString(node);
      const lead = /^See /.exec(text)?.[0] ?? '';
      const introduced = lead
        ? before?.type === 'text' && before.value.endsWith('(')
        : before?.type === 'text' && /\(see (also )?$/.test(before.value);
      const named = text.slice(lead.length);
      const phrases = introduced ? splitTitles(named, [...byPhrase.keys()]) : undefined;
      if (!phrases) return;
      const children: PhrasingContent[] = lead ? [{ type: 'text', value: lead }] : [];
      let rest = named;
      for (const phrase of phrases) {
        // Keep the separators (", ", " and ") that stand between the titles as text.
        const separator = rest.slice(0, rest.indexOf(phrase));
        if (separator) children.push({ type: 'text', value: separator });
        const { chapter, target } = byPhrase.get(phrase)!;
        children.push({
          type: 'link',
          url: withBase(options.base, sectionPath(chapter, target)),
          children: [{ type: 'text', value: phrase }],
        });
        rest = rest.slice(separator.length + phrase.length);
      }
      node.children = children;
    });
  };
}
