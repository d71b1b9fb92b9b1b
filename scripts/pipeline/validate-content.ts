import type { ZodType } from 'astro/zod';
import { COLLECTION_SCHEMAS } from '../../src/schemas/collections.ts';
import type { Section } from '../../src/schemas/index.ts';
import type { ContentFile } from './to-markdown.ts';

const SCHEMAS: Record<ContentFile['collection'], ZodType> = COLLECTION_SCHEMAS;

/**
 * Checks every file against the schema its collection uses in Astro, and every reference between
 * collections (Astro only logs a missing reference). Returns the problems, one line each.
 */
export function validateContent(files: ContentFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const result = SCHEMAS[file.collection].safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${file.path}: ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  const sections = files.filter((f) => f.collection === 'sections').map((f) => f.data as Section);
  const slugs = new Set(sections.map((s) => s.slug));
  const paragraphs = new Set(sections.flatMap((s) => s.paragraphs.map((p) => p.n)));
  const footnotes = new Set(files.filter((f) => f.collection === 'footnotes').map((f) => (f.data as { number: number }).number));
  const refer = (path: string, what: string, ok: boolean) => ok || problems.push(`${path}: ${what} does not exist`);
  for (const file of files) {
    const data = file.data as Record<string, unknown>;
    if (file.collection === 'footnotes' || file.collection === 'recommendations') {
      refer(file.path, `section "${data.section}"`, slugs.has(data.section as string));
    }
    if (file.collection === 'recommendations') {
      refer(file.path, `chapter "${data.chapter}"`, slugs.has(data.chapter as string));
      refer(file.path, `paragraph ${data.paragraph}`, paragraphs.has(data.paragraph as number));
    }
    if (file.collection === 'footnotes' && data.paragraph !== undefined) {
      refer(file.path, `paragraph ${data.paragraph}`, paragraphs.has(data.paragraph as number));
    }
    if (file.collection === 'follow-up') {
      refer(file.path, `section "${data.section}"`, slugs.has(data.section as string));
      refer(file.path, `chapter "${data.chapter}"`, slugs.has(data.chapter as string));
      if (data.paragraph !== undefined) refer(file.path, `paragraph ${data.paragraph}`, paragraphs.has(data.paragraph as number));
      if (data.footnote !== undefined) refer(file.path, `footnote ${data.footnote}`, footnotes.has(data.footnote as number));
    }
    if (file.collection === 'sections') {
      const section = data as Section;
      if (section.parent) refer(file.path, `parent "${section.parent}"`, slugs.has(section.parent));
      for (const x of section.crossReferences) refer(file.path, `cross-reference target "${x.target}"`, slugs.has(x.target));
    }
  }
  return problems;
}
