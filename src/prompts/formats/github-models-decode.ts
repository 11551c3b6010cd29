import type { YamlSource } from '../../yaml/index.js';

/**
 * How gh models' Go decoder (gopkg.in/yaml.v3 into the structs of its pkg/prompt) reads a key:
 * - `text`, a Go `string`: a scalar is its text as written (`equals: 3.10` is "3.10", `True`
 *   stays "True", `0x10` stays "0x10"), and null (`description:` left empty) is "".
 * - `optional`, a Go pointer or slice: null is the same as leaving the key out.
 * - `row`, a `testData` item (a Go map): null is an empty row; its values keep their YAML types.
 * - `{ fields }`, a Go struct, and `{ each }`, a list of them: null is left out, as `optional`.
 */
type Field = 'text' | 'optional' | 'row' | { readonly fields: Fields } | { readonly each: Field };
type Fields = Readonly<Record<string, Field>>;

const EVALUATOR: Fields = {
  name: 'text',
  uses: 'text',
  string: { fields: { equals: 'text', contains: 'text', startsWith: 'text', endsWith: 'text' } },
  llm: { fields: { modelId: 'text', prompt: 'text', systemPrompt: 'text', choices: { each: { fields: { choice: 'text' } } } } },
};

const PROMPT_FILE: Fields = {
  name: 'text',
  description: 'text',
  model: 'text',
  modelParameters: {
    fields: { maxTokens: 'optional', temperature: 'optional', topP: 'optional', stop: 'optional', seed: 'optional', presencePenalty: 'optional', frequencyPenalty: 'optional' },
  },
  responseFormat: 'optional',
  jsonSchema: 'optional',
  messages: { each: { fields: { role: 'text', content: 'text' } } },
  testData: { each: 'row' },
  evaluators: { each: { fields: EVALUATOR } },
};

/**
 * The document as gh models decodes it, before the schema checks its shape: a file gh models
 * loads is not refused for a null or a number where it reads text, and a value is compared as
 * written. Works on the parsed document in place (it is this read's own copy). Values that are
 * not scalars are left for the schema to report.
 */
export function decodeAsGhModels(source: YamlSource): void {
  if (isMapping(source.value)) decodeFields(source.value, PROMPT_FILE, [], source);
}

function decodeFields(mapping: Record<string, unknown>, fields: Fields, path: readonly PropertyKey[], source: YamlSource): void {
  for (const [key, field] of Object.entries(fields)) {
    if (!Object.hasOwn(mapping, key)) continue;
    const value = decoded(mapping[key], field, [...path, key], source);
    if (value === undefined) delete mapping[key];
    else mapping[key] = value;
  }
}

function decoded(value: unknown, field: Field, path: readonly PropertyKey[], source: YamlSource): unknown {
  if (field === 'text') {
    if (value === null) return '';
    // Only a plain scalar is typed by YAML; an alias of one has no text of its own here.
    if (typeof value === 'number' || typeof value === 'boolean') return source.scalarText(path) ?? String(value);
    return value;
  }
  if (value === null) return field === 'row' ? {} : undefined;
  if (typeof field === 'string') return value;
  if ('each' in field) {
    if (Array.isArray(value)) value.forEach((item, i) => (value[i] = decoded(item, field.each, [...path, i], source) ?? null));
  } else if (isMapping(value)) decodeFields(value, field.fields, path, source);
  return value;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
