import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  followUpSchema,
  footnoteSchema,
  observerGroupSchema,
  recommendationSchema,
  reportSchema,
  resultsSchema,
  sectionSchema,
} from './schemas/index.ts';

/** Where the parser wrote the collections: content/, or CONTENT_DIR for another report built beside it. */
const root = process.env.CONTENT_DIR || './content';

/** Markdown files of one folder of content/, generated from the report by scripts/build-content.ts. */
const folder = (name: string) => glob({ pattern: '*.md', base: `${root}/${name}` });

export const collections = {
  report: defineCollection({ loader: folder('report'), schema: reportSchema }),
  sections: defineCollection({ loader: folder('sections'), schema: sectionSchema }),
  footnotes: defineCollection({ loader: folder('footnotes'), schema: footnoteSchema }),
  recommendations: defineCollection({ loader: folder('recommendations'), schema: recommendationSchema }),
  results: defineCollection({ loader: folder('results'), schema: resultsSchema }),
  observers: defineCollection({ loader: folder('observers'), schema: observerGroupSchema }),
  'follow-up': defineCollection({ loader: folder('follow-up'), schema: followUpSchema }),
};
