import type { Emphasis, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sectionPath, withBase } from '../lib/hrefs.ts';
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
      const introduced = lead ? before?.type === 'text' && before.value.endsWith('(') : before?.type === 'text' && /\(see (also )?$/.test(before.value);
      const phrases = text.slice(lead.length).split(/(, | and )/);
      if (!introduced || !phrases.every((p, i) => i % 2 === 1 || byPhrase.has(p))) return;
      const children: PhrasingContent[] = lead ? [{ type: 'text', value: lead }] : [];
      phrases.forEach((phrase, i) => {
        const reference = byPhrase.get(phrase);
        children.push(
          i % 2 === 1 || !reference
            ? { type: 'text', value: phrase }
            : { type: 'link', url: withBase(options.base, sectionPath(reference.chapter, reference.target)), children: [{ type: 'text', value: phrase }] },
        );
      });
      node.children = children;
    });
  };
}
