import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { FOLLOW_UP_PATH } from '../lib/follow-up.ts';
import { withBase } from '../lib/hrefs.ts';

/** How reports speak of earlier reports' recommendations: "previous ODIHR recommendations", "past ODIHR priority recommendations". */
const PHRASE = /\b(?:previous|prior|past|earlier) ODIHR (?:priority )?recommendations\b/g;

/** A text split into text and links around each phrase. */
function linkPhrases(value: string, href: string): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let rest = 0;
  for (const match of value.matchAll(PHRASE)) {
    if (match.index > rest) parts.push({ type: 'text', value: value.slice(rest, match.index) });
    const link: Link = {
      type: 'link',
      url: href,
      data: { hProperties: { className: ['follow-up-link'] } },
      children: [{ type: 'text', value: match[0] }],
    };
    parts.push(link);
    rest = match.index + match[0].length;
  }
  if (rest < value.length) parts.push({ type: 'text', value: value.slice(rest) });
  return parts;
}

/**
 * Links the report's words on earlier recommendations ("Contrary to previous ODIHR
 * recommendations, …") to what the report says became of them, where it says it (`followUp`).
 */
export default function remarkFollowUpLinks(options: { base: string; followUp: boolean }) {
  const href = withBase(options.base, FOLLOW_UP_PATH);
  return (tree: Root) => {
    if (!options.followUp) return;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      if (node.value.search(PHRASE) === -1) return;
      const parts = linkPhrases(node.value, href);
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
