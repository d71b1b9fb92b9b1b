import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_SCHEMAS as schemas } from './schemas/collections.ts';

/** Where the parser wrote the collections: content/, or CONTENT_DIR for another report built beside it. */
const root = process.env.CONTENT_DIR || './content';

/** Markdown files of one folder of content/, generated from the report by scripts/build-content.ts. */
const folder = (name: keyof typeof schemas) => glob({ pattern: '*.md', base: `${root}/${name}` });

export const collections = {
  report: defineCollection({ loader: folder('report'), schema: schemas.report }),
  sections: defineCollection({ loader: folder('sections'), schema: schemas.sections }),
  footnotes: defineCollection({ loader: folder('footnotes'), schema: schemas.footnotes }),
  recommendations: defineCollection({ loader: folder('recommendations'), schema: schemas.recommendations }),
  results: defineCollection({ loader: folder('results'), schema: schemas.results }),
  observers: defineCollection({ loader: folder('observers'), schema: schemas.observers }),
  'follow-up': defineCollection({ loader: folder('follow-up'), schema: schemas['follow-up'] }),
};
