import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { blockStartOf, escapeHeadingText, escapeMarkdownLine } from '../../scripts/pipeline/escape-markdown.ts';
import { escapeLineStart } from '../../scripts/pipeline/to-markdown.ts';

/** Lines of text that Markdown, left alone, would read as a block of another kind than a paragraph. */
const DANGEROUS = [
  // Indented code and indentation.
  '\tindented by a tab',
  '    indented by four spaces',
  '  two spaces first',
  '   # three spaces, then a heading',
  '\t\ttwo tabs',
  // Fences.
  '```',
  '```js',
  '~~~',
  '~~~ tildes',
  // HTML blocks of each kind.
  '<!-- a comment that never closes',
  '<!-- a comment -->',
  '<script>alert("script")</script>',
  '<pre>',
  '<style>p { color: red }</style>',
  '<textarea>',
  '<?php echo 1; ?>',
  '<!DOCTYPE html>',
  '<![CDATA[x]]>',
  '<div>',
  '<div class="x">a div',
  '</div>',
  '<custom-tag>',
  '<a href="https://example.org">a link</a>',
  // Definitions.
  '[x]: https://example.org',
  '[x]: https://example.org "a title"',
  '[label with spaces]: /url',
  '[^1]: a footnote definition',
  '[a label left open',
  // Setext underlines and thematic breaks.
  '===',
  '==',
  '=',
  '---',
  '--',
  '-',
  '***',
  '___',
  '- - -',
  '* * *',
  '_ _ _',
  // Tables.
  '| a | b |',
  '|---|---|',
  '| --- | :-: |',
  '--- | ---',
  ':-|-:',
  '-|-',
  // What escapeLineStart handled before: headings, quotes, lists.
  '# a heading',
  '###### six',
  '#',
  '> a quote',
  '>no space',
  '- item',
  '+ item',
  '* item',
  '1. one',
  '2) two',
  '1.',
];

/** Lines that are text already and must come out unchanged, byte for byte. */
const HARMLESS = [
  'Plain words.',
  '#hashtag',
  '1.5 per cent',
  '-based',
  '+7 727',
  '*emphasis* first',
  '<https://www.osce.org/odihr>',
  '[the ODIHR website](https://www.osce.org/odihr)',
  '[sic] as printed',
  'a | b',
];

let renderer: MarkdownRenderer;

/** The site's Markdown processor exactly as astro.config.mjs sets it up. */
async function render(markdown: string): Promise<Root> {
  const { code } = await renderer.render(markdown, { frontmatter: {} });
  return fromHtml(code, { fragment: true });
}

/** The characters of a node's text, as they are (no white space collapsed). */
function characters(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(characters).join('') : '';
}

/** The top-level elements of a rendered fragment. */
const blocks = (tree: Root) => tree.children.filter((c): c is Element => c.type === 'element');

beforeAll(async () => {
  renderer = await config.markdown!.processor!.createRenderer({ ...markdownConfigDefaults });
});

describe('escapeMarkdownLine', () => {
  it('knows each dangerous line for what Markdown would make of it', () => {
    for (const line of DANGEROUS) expect(blockStartOf(line), JSON.stringify(line)).toBeDefined();
  });

  it('leaves text that starts no block byte for byte as it is', () => {
    for (const line of HARMLESS) expect(escapeMarkdownLine(line)).toBe(line);
  });

  it('is what the parser uses', () => {
    for (const line of [...DANGEROUS, ...HARMLESS]) expect(escapeLineStart(line)).toBe(escapeMarkdownLine(line));
  });

  it.each(DANGEROUS)('%j as a paragraph of its own renders as that paragraph, every character kept', async (line) => {
    const tree = await render(['Before.', escapeMarkdownLine(line), 'After.'].join('\n\n'));
    const elements = blocks(tree);
    expect(elements.map((e) => e.tagName)).toEqual(['p', 'p', 'p']);
    expect(characters(elements[1])).toBe(line);
  });

  it.each(DANGEROUS)('%j as the second line of a paragraph stays in that paragraph', async (line) => {
    // Joined as the parser joins lines: a line break, or a hard break (the cover's title block).
    for (const join of ['\n', '\\\n']) {
      const tree = await render(['A first line.', escapeMarkdownLine(line)].join(join));
      const elements = blocks(tree);
      expect(elements.map((e) => e.tagName)).toEqual(['p']);
      // White space after a line break is dropped by remark-rehype and collapsed by the browser
      // anyway: what a reader sees of it is one space, as before the escape.
      const seen = characters(elements[0]).replace(/\s+/g, ' ');
      expect(seen).toBe(`A first line. ${line}`.replace(/\s+/g, ' '));
      if (!/^\s/.test(line)) expect(characters(elements[0])).toBe(`A first line.\n${line}`);
    }
  });

  it('a table written line by line stays text', async () => {
    for (const rows of [
      ['| a | b |', '| --- | --- |', '| 1 | 2 |'],
      ['a | b', '--- | ---', '1 | 2'],
    ]) {
      const tree = await render(rows.map(escapeMarkdownLine).join('\n'));
      expect(blocks(tree).map((e) => e.tagName)).toEqual(['p']);
      expect(characters(tree)).toBe(rows.join('\n'));
    }
  });
});

describe('escapeHeadingText', () => {
  it.each(['A heading', '# hash first', 'Ends in #', 'Ends in ###', '###', '\tTab first', 'C#'])(
    '%j as a sub-heading renders as itself',
    async (text) => {
      const tree = await render(`### ${escapeHeadingText(text)}`);
      const elements = blocks(tree);
      expect(elements.map((e) => e.tagName)).toEqual(['h3']);
      expect(characters(elements[0])).toBe(text);
    },
  );

  it('leaves a heading without such characters as it is', () => {
    expect(escapeHeadingText('A. OPENING AND VOTING')).toBe('A. OPENING AND VOTING');
  });
});
