import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Shows raw HTML in the report's text as the text it is. The report is data, not markup: a
 * `<script>` in it must be read, never run.
 */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text = { type: 'text' as const, value: node.value };
      // Block-level HTML would otherwise sit directly in the root, outside any paragraph.
      parent.children[index] = parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
    });
  };
}
