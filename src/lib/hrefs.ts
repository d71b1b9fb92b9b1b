import { annexKind } from './annex-kind.ts';

/** Site-relative paths of every kind of page; `url()` adds the base path. */

/** The page of an annex the parser reads as tables: it lives at its own short path (any other annex is a section page). */
export function tableAnnexPage(slug: string): string | undefined {
  const kind = slug.startsWith('annex') ? annexKind(slug.replace(/-/g, ' ')) : undefined;
  return kind ? `/${kind}/` : undefined;
}

/** Path of a section: its chapter's page, with the section's anchor when it is a subsection. */
export function sectionPath(chapter: string, section = chapter): string {
  const page = tableAnnexPage(chapter) ?? (chapter === 'cover' ? '/' : `/sections/${chapter}/`);
  return section === chapter ? page : `${page}#${section}`;
}

/** Path of a numbered paragraph on its chapter's page. */
export function paragraphPath(chapter: string, n: number): string {
  return `${sectionPath(chapter)}#p-${n}`;
}

/** Path of a recommendation's own page. */
export function recommendationPath(n: number): string {
  return `/recommendations/${n}/`;
}

/** Short permanent path of a recommendation, a redirect to its page. */
export function shortRecommendationPath(n: number): string {
  return `/r/${n}/`;
}

/** Path of a footnote on the page of the section citing it. */
export function footnotePath(chapter: string, n: number): string {
  return `${sectionPath(chapter)}#fn-${n}`;
}

/** Prefixes a site-relative path with a base path ("/sub-path/"). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}
