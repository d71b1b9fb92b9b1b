import * as schemas from '../schemas/index.ts';
import { fieldComments } from './schema-docs.ts';

/** The source of every file of src/schemas, so that a new schema is documented without a change here. */
const sources = import.meta.glob<string>('../schemas/*.ts', { query: '?raw', import: 'default', eager: true });

/** The field comments of every schema of src/schemas, read from their source: schema → field → text. */
export const SCHEMA_COMMENTS: Record<string, Record<string, string>> = Object.assign({}, ...Object.values(sources).map(fieldComments));

/** Each schema of src/schemas by its exported name, to find the comments of a nested record. */
export const NAMED_SCHEMAS = new Map<unknown, string>(Object.entries(schemas).map(([name, schema]) => [schema, name]));
