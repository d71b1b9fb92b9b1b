import type { CollectionName } from '../../src/schemas/collections.ts';
import { stringify } from 'yaml';
import type { FollowUp } from '../../src/schemas/follow-up.ts';
import type { Footnote } from '../../src/schemas/footnote.ts';
import type { ObserverGroup } from '../../src/schemas/observers.ts';
import type { Recommendation } from '../../src/schemas/recommendation.ts';
import type { ReportMeta } from '../../src/schemas/report.ts';
import type { Results } from '../../src/schemas/results.ts';
import type { Section } from '../../src/schemas/section.ts';
import { sicIn } from './find-sic.ts';
import { paragraphsOf } from './number-paragraphs.ts';
import type { Report } from './parse-report.ts';
import { blockText } from './split-blocks.ts';
import { escapeHeadingText, escapeMarkdownLine } from './escape-markdown.ts';
import { stripSuperscripts } from '../../src/lib/superscript.ts';

/** One file to write: its path under content/, its front matter and its Markdown body. */
export interface ContentFile {
  collection: CollectionName;
  path: string;
  data: ReportMeta | Section | Footnote | Recommendation | Results | ObserverGroup | FollowUp;
  body: string;
}

/**
 * Escapes what would make a line of report text a Markdown block of another kind (indented code,
 * a fence, HTML, a definition, a table, a list item, heading, quote or rule) so that it stays the
 * paragraph it is. Inline Markdown is the report's own.
 */
export function escapeLineStart(line: string): string {
  return escapeMarkdownLine(line);
}

/** A paragraph of report text as Markdown: its lines kept, each safe at the start of a line. */
function paragraph(text: string, hardBreaks = false): string {
  return text
    .split('\n')
    .map(escapeLineStart)
    .join(hardBreaks ? '\\\n' : '\n');
}

/** A GFM table with the cells as printed. */
function table(header: string[], rows: string[][]): string {
  const cell = (c: string) => c.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Front matter and body as a Markdown file. */
export function serialize(file: ContentFile): string {
  return `---\n${stringify(file.data, { lineWidth: 0 })}---\n\n${file.body}${file.body ? '\n' : ''}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The cover as a section: the title page and the title block, lines kept. */
function coverFile(report: Report): ContentFile {
  const data: Section = {
    kind: 'cover',
    number: '',
    title: stripSuperscripts(report.title),
    heading: report.title,
    slug: 'cover',
    order: 1,
    page: 1,
    line: report.cover[0].line,
    paragraphs: [],
    footnotes: report.footnotes.filter((f) => f.section === 'cover').map((f) => f.number),
    recommendations: [],
    crossReferences: [],
    sic: sicIn(report.cover.map(blockText).join('\n'), report.sic),
  };
  const body = report.cover.map((b) => paragraph(blockText(b), true)).join('\n\n');
  return { collection: 'sections', path: 'sections/01-cover.md', data, body };
}

/** The sections, each with its paragraphs and sub-headings. */
function sectionFiles(report: Report): ContentFile[] {
  const priority = new Set(report.recommendations.filter((r) => r.priority).map((r) => r.number));
  return report.sections.map((section, i) => {
    const paragraphs = paragraphsOf(section);
    const data: Section = {
      kind: section.kind,
      number: section.number,
      title: section.title,
      heading: section.heading,
      slug: section.slug,
      order: i + 2,
      ...(section.parent ? { parent: section.parent } : {}),
      page: section.page,
      line: section.line,
      paragraphs: paragraphs.map((p) => ({
        n: p.n,
        line: p.line,
        pages: p.pages!,
        ...(p.recommendation ? { recommendation: p.recommendation, priority: priority.has(p.recommendation) } : {}),
      })),
      footnotes: report.footnotes.filter((f) => f.section === section.slug).map((f) => f.number),
      recommendations: [...new Set(paragraphs.flatMap((p) => (p.recommendation ? [p.recommendation] : [])))],
      crossReferences: report.crossReferences.get(section.slug) ?? [],
      sic: sicIn(section.pieces.map((p) => p.text).join('\n'), report.sic),
    };
    const body = section.pieces.map((p) => (p.heading ? `### ${escapeHeadingText(p.text)}` : paragraph(p.text))).join('\n\n');
    return { collection: 'sections', path: `sections/${pad(i + 2, 2)}-${section.slug}.md`, data, body };
  });
}

/** The footnotes, each with its text as Markdown. */
function footnoteFiles(report: Report): ContentFile[] {
  return report.footnotes.map((f) => ({
    collection: 'footnotes',
    path: `footnotes/${pad(f.number, 3)}.md`,
    data: {
      number: f.number,
      section: f.section,
      ...(f.paragraph ? { paragraph: f.paragraph } : {}),
      line: f.line,
      pages: f.pages,
      crossReferences: f.crossReferences,
      sic: sicIn(f.paragraphs.join('\n'), report.sic),
    },
    body: f.paragraphs.map((p) => paragraph(p)).join('\n\n'),
  }));
}

/** The recommendations, each with its text as listed in the recommendations chapter. */
function recommendationFiles(report: Report): ContentFile[] {
  return report.recommendations.map(({ text, ...data }) => ({
    collection: 'recommendations',
    path: `recommendations/${pad(data.number, 2)}.md`,
    data,
    body: paragraph(text),
  }));
}

/** The results annex, with its figures and tables as printed. */
function resultsFiles(report: Report): ContentFile[] {
  const { results } = report;
  if (!results) return [];
  const figures = results.figures.length
    ? [
        table(
          ['Figure', 'Value'],
          results.figures.map((f) => [f.label, f.printed]),
        ),
      ]
    : [];
  const tables = results.tables.map((t) =>
    table(
      t.columns,
      t.rows.map((r) => r.cells),
    ),
  );
  const printed = [
    ...results.figures.flatMap((f) => [f.caption ?? '', f.label]),
    ...results.tables.flatMap((t) => [t.caption ?? '', ...t.rows.flatMap((r) => r.cells)]),
  ].join('\n');
  const data = { ...results, sic: sicIn(printed, report.sic) };
  return [{ collection: 'results', path: 'results/results.md', data, body: [...figures, ...tables].join('\n\n') }];
}

/** The observers annex, a file per group with its table in the group's own column order. */
function observerFiles(report: Report): ContentFile[] {
  const labels = { givenName: 'Given name', surname: 'Surname', country: 'Country', role: 'Role' };
  return report.observers.map((group) => ({
    collection: 'observers',
    path: `observers/${group.order}-${group.id}.md`,
    data: { ...group, sic: sicIn(group.members.flatMap((m) => group.columns.map((c) => m[c] ?? '')).join('\n'), report.sic) },
    body: table(
      group.columns.map((c) => labels[c]),
      group.members.map((m) => group.columns.map((c) => m[c] ?? '')),
    ),
  }));
}

/** The statement on the follow-up of earlier reports' recommendations, where the report makes one, with its words as the body. */
function followUpFiles(report: Report): ContentFile[] {
  if (!report.followUp) return [];
  const { statement, assessments, assessedBy, footnote, paragraph: n, section, line } = report.followUp;
  const chapter = report.sections.find((s) => s.slug === section)?.parent ?? section;
  const data: FollowUp = {
    ...(assessedBy ? { assessedBy } : {}),
    ...(footnote ? { footnote } : {}),
    ...(n ? { paragraph: n } : {}),
    section,
    chapter,
    line,
    assessments,
  };
  return [{ collection: 'follow-up', path: 'follow-up/follow-up.md', data, body: paragraph(statement) }];
}

/** Every content file the report makes, in a fixed order. */
export function toContentFiles(report: Report): ContentFile[] {
  return [
    { collection: 'report', path: 'report/report.md', data: report.meta, body: '' },
    coverFile(report),
    ...sectionFiles(report),
    ...footnoteFiles(report),
    ...recommendationFiles(report),
    ...resultsFiles(report),
    ...observerFiles(report),
    ...followUpFiles(report),
  ];
}
