import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { footnoteSchema, observerGroupSchema, recommendationSchema, resultsSchema, sectionSchema } from './schemas/index.ts';

/** Markdown files of one folder of content/, generated from the report by scripts/build-content.ts. */
const folder = (name: string) => glob({ pattern: '*.md', base: `./content/${name}` });

export const collections = {
  sections: defineCollection({ loader: folder('sections'), schema: sectionSchema }),
  footnotes: defineCollection({ loader: folder('footnotes'), schema: footnoteSchema }),
  recommendations: defineCollection({ loader: folder('recommendations'), schema: recommendationSchema }),
  results: defineCollection({ loader: folder('results'), schema: resultsSchema }),
  observers: defineCollection({ loader: folder('observers'), schema: observerGroupSchema }),
};
