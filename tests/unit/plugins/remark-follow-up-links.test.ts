import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkFollowUpLinks from '../../../src/plugins/remark-follow-up-links.ts';

/** The links a paragraph of Markdown gets, as [text, url]. */
function links(markdown: string, followUp: boolean, base = '/'): [string, string][] {
  const processor = unified().use(remarkParse).use(remarkFollowUpLinks, { base, followUp });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: [string, string][] = [];
  const walk = (node: { type: string; children?: unknown[]; url?: string; value?: string }) => {
    if (node.type === 'link') found.push([(node.children as { value: string }[]).map((c) => c.value).join(''), node.url!]);
    else for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return found;
}

describe('remark-follow-up-links', () => {
  const text =
    'Contrary to previous ODIHR recommendations, most previous ODIHR priority recommendations and past ODIHR recommendations remain.';

  it('links every phrase on earlier recommendations to the follow-up section, with the base path', () => {
    expect(links(text, true, '/sub/')).toEqual([
      ['previous ODIHR recommendations', '/sub/recommendations/#follow-up'],
      ['previous ODIHR priority recommendations', '/sub/recommendations/#follow-up'],
      ['past ODIHR recommendations', '/sub/recommendations/#follow-up'],
    ]);
  });

  it('links nothing when the report makes no follow-up statement', () => {
    expect(links(text, false)).toEqual([]);
  });

  it('leaves other words and existing links alone', () => {
    expect(links('See [previous ODIHR recommendations](https://example.org) and ODIHR recommendations.', true)).toEqual([
      ['previous ODIHR recommendations', 'https://example.org'],
    ]);
  });
});
