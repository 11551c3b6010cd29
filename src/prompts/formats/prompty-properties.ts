import * as z from 'zod';
import type { ResponseFormat, ScalarType, ToolDefinition } from '../model.js';

/**
 * Prompty's `Property` (spec §2.7): inputs, outputs and function parameters. Written as a list
 * of `{name, kind, …}` (current spec), as a mapping of name to property or to a bare default
 * (shorthand), or with `type` for `kind` (the earlier spec).
 */
const PropertyObject = z.looseObject({
  name: z.string().optional(),
  kind: z.string().optional(),
  type: z.string().optional(),
  description: z.string().optional(),
  required: z.boolean().optional(),
  default: z.unknown().optional(),
  enumValues: z.array(z.unknown()).optional(),
  items: z.unknown().optional(),
  properties: z.unknown().optional(),
});

export const PropertyList = z.union([
  z.array(PropertyObject.extend({ name: z.string().min(1) })),
  z.record(z.string(), z.unknown()),
]);

export interface Property extends z.infer<typeof PropertyObject> {
  name: string;
}

/** One list of named properties from any of the written forms. */
export function properties(written: z.infer<typeof PropertyList> | undefined): Property[] {
  if (written === undefined) return [];
  if (Array.isArray(written)) return written;
  return Object.entries(written).map(([name, value]) => {
    const parsed = PropertyObject.safeParse(value);
    // A bare value is a default whose kind follows from it (spec §2.7, "scalar shorthand").
    return parsed.success && value !== null && !Array.isArray(value) ? { ...parsed.data, name } : { name, default: value };
  });
}

/** What a prompt's inputs say about its variables. */
export interface InputFacts {
  declared: string[];
  /** Defaults as written (typed), by input name. */
  defaults: Record<string, unknown>;
  /** Declared `required: true` without a default: the runtime refuses to render without them. */
  required: string[];
  /** `kind: thread` inputs: conversation history. */
  threads: string[];
  /** Inputs of a boolean or numeric kind, written or following from the default. */
  types: Record<string, ScalarType>;
  /** `kind: image`, `file` or `audio` inputs, by name: the runtime sends their values as parts of that kind. */
  media: Record<string, string>;
}

const MEDIA_KINDS = new Set(['image', 'file', 'audio']);

/** The scalar type a test's text is read as, by Prompty kind. */
const SCALAR_KINDS: Record<string, ScalarType> = { boolean: 'boolean', integer: 'number', float: 'number', number: 'number' };

export function inputFacts(inputs: Property[]): InputFacts {
  const facts: InputFacts = { declared: [], defaults: {}, required: [], threads: [], types: {}, media: {} };
  for (const input of inputs) {
    facts.declared.push(input.name);
    if (input.default !== undefined && input.default !== null) facts.defaults[input.name] = input.default;
    else if (input.required === true) facts.required.push(input.name);
    const kind = kindOf(input) ?? (input.default === undefined ? undefined : inferredKind(input.default));
    if (kind === 'thread') facts.threads.push(input.name);
    if (kind !== undefined && MEDIA_KINDS.has(kind)) facts.media[input.name] = kind;
    const type = kind === undefined ? undefined : SCALAR_KINDS[kind];
    if (type) facts.types[input.name] = type;
  }
  return facts;
}

/** JSON Schema `type` of each Prompty kind (spec §7.1.4). */
const JSON_TYPES: Record<string, string> = {
  string: 'string',
  integer: 'integer',
  float: 'number',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
};

/** A list of properties as an object schema, as Prompty sends it on the wire (spec §7.1.4). */
export function objectSchema(props: Property[], strict = false): Record<string, unknown> {
  const schema: Record<string, unknown> = { type: 'object', properties: {} };
  const required: string[] = [];
  for (const prop of props) {
    const optional = strict && prop.required !== true;
    (schema.properties as Record<string, unknown>)[prop.name] = propertySchema(prop, strict, optional);
    if (strict || prop.required === true) required.push(prop.name);
  }
  if (required.length > 0) schema.required = required;
  if (strict) schema.additionalProperties = false;
  return schema;
}

function propertySchema(prop: Property, strict: boolean, nullable: boolean): Record<string, unknown> {
  const type = JSON_TYPES[kindOf(prop) ?? inferredKind(prop.default)];
  const schema: Record<string, unknown> = type ? { type: nullable ? [type, 'null'] : type } : {};
  if (prop.description) schema.description = prop.description;
  if (prop.enumValues) schema.enum = prop.enumValues;
  if (type === 'array' && prop.items !== undefined) {
    const item = PropertyObject.safeParse(prop.items);
    if (item.success) schema.items = propertySchema({ ...item.data, name: 'items' }, strict, false);
  }
  if (type === 'object' && prop.properties !== undefined) {
    const nested = PropertyList.safeParse(prop.properties);
    if (nested.success) Object.assign(schema, objectSchema(properties(nested.data), strict), type ? { type: schema.type } : {});
  }
  return schema;
}

function kindOf(prop: Property): string | undefined {
  return (prop.kind ?? prop.type)?.toLowerCase();
}

function inferredKind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  return typeof value === 'object' && value !== null ? 'object' : typeof value;
}

/** `outputs` ask for JSON that fits them, as Prompty's executor asks (spec §7.1.6). */
export function outputFormat(outputs: Property[]): ResponseFormat | undefined {
  if (outputs.length === 0) return undefined;
  return { type: 'json_schema', name: 'structured_output', strict: true, schema: { ...objectSchema(outputs), additionalProperties: false } };
}

/** A function tool as the model sees it: bound parameters are filled by the host, never by the model (§2.9.1). */
export function functionTool(tool: {
  name: string;
  description?: string;
  parameters: Property[];
  strict?: boolean;
  bindings?: Record<string, unknown>;
}): ToolDefinition {
  const bound = new Set(Object.keys(tool.bindings ?? {}));
  const params = tool.parameters.filter((p) => !bound.has(p.name));
  const definition: ToolDefinition = { name: tool.name, parameters: objectSchema(params, tool.strict === true) };
  if (tool.description) definition.description = tool.description;
  if (tool.strict) definition.strict = true;
  return definition;
}
