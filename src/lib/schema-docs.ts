import { z } from 'astro/zod';
import ts from 'typescript';

/** One field of a record as the /data/ page documents it. */
export interface FieldDoc {
  /** Its path: `name`, or `members[].name` for a field of a nested record. */
  path: string;
  /** Its JSON type in words: "integer", "array of string", "URL". */
  type: string;
  /** Whether a record may leave it out. */
  optional: boolean;
  description: string;
}

/** Whether an object literal is the shape of a schema: the argument of `z.object(…)` or `.extend(…)`. */
function isShape(node: ts.Node): boolean {
  const call = node.parent;
  return (
    ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && ['object', 'extend'].includes(call.expression.name.text)
  );
}

/** Field comments (the JSDoc above each key) of every `const …Schema = z.object({…})` in a source file: schema → field → text. */
export function fieldComments(source: string): Record<string, Record<string, string>> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const result: Record<string, Record<string, string>> = {};
  const visit = (node: ts.Node, schema?: string) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) schema = node.name.text;
    if (schema && ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && isShape(node.parent)) {
      const doc = ts.getJSDocCommentsAndTags(node).findLast(ts.isJSDoc);
      const text = doc && ts.getTextOfJSDocComment(doc.comment);
      if (text) (result[schema] ??= {})[node.name.text] = text.replace(/\s+/g, ' ').trim();
    }
    ts.forEachChild(node, (child) => visit(child, schema));
  };
  visit(file);
  return result;
}

/** A JSON Schema type in words. */
function typeName(schema: Record<string, unknown>): string {
  if (schema.enum) return `one of ${(schema.enum as string[]).map((v) => `"${v}"`).join(', ')}`;
  if (schema.format === 'uri') return 'URL';
  if (schema.type === 'array') return `array of ${typeName(schema.items as Record<string, unknown>)}`;
  if (schema.type === 'object') return 'object';
  return String(schema.type);
}

/** The object schema a field holds, directly or as the items of an array, if any. */
function nestedObject(field: z.ZodType): z.ZodObject | undefined {
  const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
  const items = inner instanceof z.ZodArray ? inner.element : inner;
  return items instanceof z.ZodObject ? items : undefined;
}

/**
 * Documents every field of a record schema, nested records included: the type from the schema,
 * the description from the field's `.describe()` or else from the comment above the field in
 * the schema the record extends (named by its `.meta({ base })`, or found among `named`).
 */
export function documentFields(
  schema: z.ZodObject,
  comments: Record<string, Record<string, string>>,
  named: Map<unknown, string>,
  prefix = '',
): FieldDoc[] {
  const base = (schema.meta()?.base as string | undefined) ?? named.get(schema) ?? '';
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const type = field as z.ZodType;
    const nested = nestedObject(type);
    const doc: FieldDoc = {
      path: `${prefix}${key}`,
      type: typeName(z.toJSONSchema(type, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>),
      optional: type.safeParse(undefined).success,
      description: type.description ?? comments[base]?.[key] ?? '',
    };
    const suffix = type instanceof z.ZodArray || (type instanceof z.ZodOptional && type.unwrap() instanceof z.ZodArray) ? '[].' : '.';
    return [doc, ...(nested ? documentFields(nested, comments, named, `${prefix}${key}${suffix}`) : [])];
  });
}
