/**
 * Picoschema, Dotprompt's compact schema notation, to JSON Schema. Follows Dotprompt's rules:
 * `name: string`, `name?: string, a description` (optional fields are also nullable),
 * `tags(array): string`, `address(object): {...}`, `status(enum): [A, B]`, and `(*)` for any
 * other key. A value that already looks like JSON Schema is returned as is. Named schemas
 * (registered in Genkit at runtime) cannot be resolved from a file and are an error.
 */

type JsonSchema = Record<string, unknown>;

const SCALAR_TYPES = new Set(['any', 'boolean', 'integer', 'null', 'number', 'string']);
const JSON_SCHEMA_TYPES = new Set([...SCALAR_TYPES, 'object', 'array']);
const WILDCARD = '(*)';

/** A Picoschema that cannot be converted; `path` is the key path inside the schema. */
export class PicoschemaError extends Error {
  constructor(
    message: string,
    readonly path: string[],
  ) {
    super(message);
    this.name = 'PicoschemaError';
  }
}

/** Convert a Picoschema (or pass a JSON Schema through). */
export function picoschemaToJsonSchema(schema: unknown): JsonSchema {
  if (typeof schema === 'string') return scalarSchema(schema, []);
  if (isRecord(schema) && typeof schema.type === 'string' && JSON_SCHEMA_TYPES.has(schema.type)) return schema;
  if (isRecord(schema) && isRecord(schema.properties)) return { ...schema, type: 'object' };
  return valueSchema(schema, []);
}

function valueSchema(value: unknown, path: string[]): JsonSchema {
  if (typeof value === 'string') return scalarSchema(value, path);
  if (isRecord(value)) return objectSchema(value, path);
  throw new PicoschemaError(`expected a type name or a mapping of fields, not ${JSON.stringify(value)}`, path);
}

function objectSchema(fields: Record<string, unknown>, path: string[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  let additionalProperties: JsonSchema | false = false;
  for (const [key, value] of Object.entries(fields)) {
    const at = [...path, key];
    if (key === WILDCARD) {
      additionalProperties = valueSchema(value, at);
      continue;
    }
    const { name, optional, type, description } = parseKey(key);
    if (!optional) required.push(name);
    const prop = type === undefined ? valueSchema(value, at) : typedSchema(type, value, optional, at);
    if (type === undefined && optional && typeof prop.type === 'string') prop.type = [prop.type, 'null'];
    if (description !== undefined) prop.description = description;
    properties[name] = prop;
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties };
}

function typedSchema(type: string, value: unknown, optional: boolean, path: string[]): JsonSchema {
  switch (type) {
    case 'array':
      return { type: optional ? ['array', 'null'] : 'array', items: valueSchema(value, path) };
    case 'object': {
      const schema = valueSchema(value, path);
      return optional ? { ...schema, type: [schema.type, 'null'] } : schema;
    }
    case 'enum': {
      if (!Array.isArray(value)) throw new PicoschemaError('an (enum) field needs a list of values', path);
      return { enum: optional && !value.includes(null) ? [...value, null] : [...value] };
    }
    default:
      throw new PicoschemaError(`unknown parenthetical type "${type}"; use array, object or enum`, path);
  }
}

/** `name`, `name?`, `name(array)`, `name?(object, a description)`. */
function parseKey(key: string): { name: string; optional: boolean; type?: string; description?: string } {
  const open = key.indexOf('(');
  const head = open === -1 ? key : key.slice(0, open);
  const optional = head.endsWith('?');
  const name = optional ? head.slice(0, -1) : head;
  if (open === -1) return { name, optional };
  const [type, description] = splitDescription(key.slice(open + 1, key.endsWith(')') ? -1 : undefined));
  return { name, optional, type, description };
}

function scalarSchema(text: string, path: string[]): JsonSchema {
  const [type, description] = splitDescription(text);
  if (!SCALAR_TYPES.has(type)) {
    throw new PicoschemaError(`unknown type "${type}"; named schemas cannot be resolved from a prompt file`, path);
  }
  const schema: JsonSchema = type === 'any' ? {} : { type };
  if (description !== undefined) schema.description = description;
  return schema;
}

/** `string, the user's name` → type and description. */
function splitDescription(text: string): [string, string | undefined] {
  const comma = text.indexOf(',');
  if (comma === -1) return [text.trim(), undefined];
  return [text.slice(0, comma).trim(), text.slice(comma + 1).trim()];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
