import * as schemas from '../schemas/index.ts';
import footnote from '../schemas/footnote.ts?raw';
import observers from '../schemas/observers.ts?raw';
import recommendation from '../schemas/recommendation.ts?raw';
import results from '../schemas/results.ts?raw';
import section from '../schemas/section.ts?raw';
import { fieldComments } from './schema-docs.ts';

/** The field comments of every schema of src/schemas, read from their source: schema → field → text. */
export const SCHEMA_COMMENTS: Record<string, Record<string, string>> = Object.assign(
  {},
  ...[footnote, observers, recommendation, results, section].map(fieldComments),
);

/** Each schema of src/schemas by its exported name, to find the comments of a nested record. */
export const NAMED_SCHEMAS = new Map<unknown, string>(Object.entries(schemas).map(([name, schema]) => [schema, name]));
