import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Turns links whose target the report leaves as a placeholder `(#)` into plain text: the words are
 * the report's, but a link to nowhere would mislead. A class lets the page mark them discreetly.
 */
export default function remarkPlaceholderLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (node.url !== '#') return;
      node.data = {
        hName: 'span',
        hProperties: { href: undefined, className: ['placeholder-link'], title: 'The report links this text, but gives no address' },
      };
    });
  };
}
