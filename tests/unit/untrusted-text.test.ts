import { markdownConfigDefaults, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { parseReport } from '../../scripts/pipeline/parse-report.ts';
import { serialize, toContentFiles } from '../../scripts/pipeline/to-markdown.ts';
import { reportLines } from '../report.ts';

/** Text a hostile or careless edit could put into the report: markup that must be read, never run. */
const HOSTILE = [
  '<script>alert("script")</script>',
  '<img src=x onerror="alert(\'img\')">',
  '<a href="javascript:alert(\'a\')">a link</a>',
  '<iframe src="https://example.org/"></iframe>',
  '<!-- a comment -->',
  '<b>bold?</b>',
  'a < b > c & d "e" \'f\' | g',
];
/** Markdown links whose address would run script if it were kept. */
const SCRIPT_LINKS = [
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(2))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '<javascript:alert(3)>',
  '![image](javascript:alert(4))',
];

/** A link of the kind the report has, which must stay a link. */
const WEB_LINK = '[the ODIHR website](https://www.osce.org/odihr)';

/** The report with the hostile text added to the end of paragraph ¶ 104 (Election Day, "Voting was assessed negatively…"). */
function poisonedReport(): Buffer {
  const lines = reportLines();
  const at = lines.findIndex((l) => l.startsWith('Voting was assessed negatively'));
  lines[at] = `${lines[at]} ${[...HOSTILE, ...SCRIPT_LINKS, WEB_LINK].join(' ')}`;
  return Buffer.from(lines.join('\n'));
}

let markdown: { content: string; frontmatter: Record<string, unknown> };
let html: Root;

beforeAll(async () => {
  // The parser, as `npm run content` runs it, then the file split as Astro reads it.
  const file = toContentFiles(parseReport(poisonedReport())).find((f) => f.path.endsWith('-opening-and-voting.md'))!;
  markdown = parseFrontmatter(serialize(file));
  // The site's Markdown processor exactly as astro.config.mjs sets it up: remark-parse, remark-gfm,
  // the project's remark plugins, remark-rehype, its rehype plugins, rehype-raw, rehype-stringify.
  const renderer: MarkdownRenderer = await config.markdown!.processor!.createRenderer({ ...markdownConfigDefaults });
  const { code } = await renderer.render(markdown.content, { frontmatter: markdown.frontmatter });
  html = fromHtml(code, { fragment: true });
});

describe('untrusted text in the report is shown as text, never run', () => {
  it('the parser keeps the text verbatim', () => {
    for (const text of [...HOSTILE, ...SCRIPT_LINKS]) expect(markdown.content).toContain(text);
  });

  it('renders no script, no element the text spelt out, and no event handler', () => {
    expect(selectAll('script, img, iframe, b, a[href^="javascript:" i]', html)).toEqual([]);
    const withHandler = selectAll('*', html).filter((e: Element) => Object.keys(e.properties).some((name) => /^on/i.test(name)));
    expect(withHandler).toEqual([]);
  });

  it('shows the markup as the characters it is, in the paragraph where it stands', () => {
    const paragraph = selectAll('p#p-104', html)[0];
    expect(paragraph).toBeDefined();
    const text = toText(paragraph);
    for (const text_ of HOSTILE) expect(text).toContain(text_);
  });

  it('links whose address would run script are not links', () => {
    const hrefs = selectAll('a[href]', html).map((a) => String(a.properties.href));
    expect(hrefs.filter((href) => /^\s*(javascript|vbscript|data):/i.test(href))).toEqual([]);
    // They are shown as written: nothing of the text is lost.
    const text = toText(selectAll('p#p-104', html)[0]);
    for (const link of SCRIPT_LINKS) expect(text).toContain(link);
    // Links to the web stay links.
    expect(hrefs).toContain('https://www.osce.org/odihr');
  });
});

/** Starts of a line that Markdown would read as another block: indented code, a fence, HTML, a definition, a table, a heading underline. */
const BLOCK_STARTS = ['\t', '    ', '```', '~~~', '<!-- ', '<div>', '[x]: https://example.org ', '[^1]: ', '| a | ', '=== ', '--- '];

describe('a paragraph of the report that starts like Markdown syntax stays the numbered paragraph it is', () => {
  it.each(BLOCK_STARTS)('%j at the start of ¶ 104', async (start) => {
    const lines = reportLines();
    const at = lines.findIndex((l) => l.startsWith('Voting was assessed negatively'));
    lines[at] = `${start}${lines[at]}`;
    const file = toContentFiles(parseReport(Buffer.from(lines.join('\n')))).find((f) => f.path.endsWith('-opening-and-voting.md'))!;
    const { content, frontmatter } = parseFrontmatter(serialize(file));
    const renderer = await config.markdown!.processor!.createRenderer({ ...markdownConfigDefaults });
    // Before the escape, rehype-paragraphs threw here ("2 paragraphs in the text, 3 in the front matter").
    const { code } = await renderer.render(content, { frontmatter });
    const tree = fromHtml(code, { fragment: true });
    expect(selectAll('p.para', tree).map((p) => p.properties.id)).toEqual(['p-103', 'p-104', 'p-105']);
    const text = toText(selectAll('p#p-104', tree)[0]).replace(/\s+/g, ' ');
    expect(text).toContain(`${start}Voting was assessed negatively`.replace(/\s+/g, ' ').trim());
  });
});
