import type { VFile } from 'vfile';
import type { Section } from '../schemas/section.ts';

/** The front matter Astro hands to Markdown plugins, as far as a section has it. */
export function frontmatterOf(file: VFile): Partial<Section> {
  const astro = file.data.astro as { frontmatter?: Partial<Section> } | undefined;
  return astro?.frontmatter ?? {};
}
