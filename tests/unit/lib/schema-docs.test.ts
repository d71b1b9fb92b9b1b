import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  observerRowSchema,
  recommendationRecordSchema,
  resultCellSchema,
  resultsRecordSchema,
} from '../../../src/lib/open-data-schemas.ts';
import { NAMED_SCHEMAS, SCHEMA_COMMENTS } from '../../../src/lib/schema-comments.ts';
import { documentFields, fieldComments } from '../../../src/lib/schema-docs.ts';

describe('fieldComments', () => {
  it('reads the comment above each key of each schema', () => {
    const source = [
      'export const aSchema = z.object({',
      '  /** The first. */',
      '  first: z.string(),',
      '  second: z.number(),',
      '  /**',
      '   * Over',
      '   * two lines.',
      '   */',
      '  third: z.enum(["x"]).meta({ /** not a field */ title: "t" }),',
      '});',
      '/** Not a field either. */',
      'export const bSchema = aSchema.extend({',
      '  /** B. */',
      '  b: z.boolean(),',
      '});',
    ].join('\n');
    expect(fieldComments(source)).toEqual({ aSchema: { first: 'The first.', third: 'Over two lines.' }, bSchema: { b: 'B.' } });
  });

  it('finds a comment for every field of every schema of the project', () => {
    for (const [schema, name] of NAMED_SCHEMAS) {
      if (!(schema instanceof z.ZodObject)) continue;
      expect(Object.keys(SCHEMA_COMMENTS[name] ?? {}), name).toEqual(Object.keys(schema.shape));
    }
  });
});

describe('documentFields', () => {
  const docs = (schema: z.ZodObject) => documentFields(schema, SCHEMA_COMMENTS, NAMED_SCHEMAS);

  it('documents inherited and added fields, with types', () => {
    const fields = docs(recommendationRecordSchema);
    expect(fields.find((f) => f.path === 'number')).toEqual({
      path: 'number',
      type: 'integer',
      optional: false,
      description: 'Its number in the recommendations chapter.',
    });
    expect(fields.find((f) => f.path === 'permalink')).toMatchObject({ type: 'URL', optional: false });
    expect(fields.map((f) => f.path)).toEqual(Object.keys(recommendationRecordSchema.shape));
  });

  it('goes into nested records, and every field has a description', () => {
    const fields = docs(resultsRecordSchema);
    expect(fields.map((f) => f.path)).toContain('tables[].rows[].cells');
    expect(fields.find((f) => f.path === 'figures')).toMatchObject({ type: 'array of object' });
    expect(fields.find((f) => f.path === 'figures[].value')?.description).toBe(
      'The value as a number (a percentage as its number of per cent), where it is one.',
    );
    for (const schema of [resultsRecordSchema, resultCellSchema, recommendationRecordSchema, observerRowSchema]) {
      for (const field of docs(schema)) expect(field.description, field.path).not.toBe('');
    }
    expect(docs(observerRowSchema).find((f) => f.path === 'role')).toMatchObject({ optional: true });
  });
});
