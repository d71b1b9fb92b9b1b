import type { Definition, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Addresses a link may have: the web, e-mail, and addresses within the site (no scheme). */
const SAFE_SCHEME = /^(https?|mailto):/i;
const ANY_SCHEME = /^\s*[a-z][a-z\d+.-]*:/i;

/** Whether following the address could run script (`javascript:`, `data:`, `vbscript:` …). */
const isUnsafe = (url: string) => ANY_SCHEME.test(url) && !SAFE_SCHEME.test(url.trim());

/**
 * Shows a link or image whose address could run script as the Markdown it was written as, so that
 * nothing of the report's text is lost and nothing in it runs: `[click](javascript:…)` is text.
 */
export default function remarkUnsafeLinksAsText() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node: Definition) => void definitions.set(node.identifier, node.url));
    const source = String(file.value ?? '');
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const url =
        node.type === 'link' || node.type === 'image'
          ? node.url
          : node.type === 'linkReference' || node.type === 'imageReference'
            ? definitions.get(node.identifier)
            : undefined;
      if (url === undefined || !isUnsafe(url)) return;
      const { start, end } = node.position ?? {};
      const text = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : toString(node);
      (parent.children as RootContent[])[index] = { type: 'text', value: text };
      return SKIP;
    });
  };
}
