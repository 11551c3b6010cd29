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
    if (typeof value === 'number' || typeof value === 'boolean') return source.plainScalar(path) ?? String(value);
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

/** yaml.v3 reads an unquoted date or time as a Go time, which gh models fills in as `2024-01-01 00:00:00 +0000 UTC`. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]| +)\d\d?:\d\d?:\d\d?(?:\.\d*)?(?: *(?:Z|[-+]\d\d?(?::?\d\d)?))?)?$/;
/** YAML 1.1 numbers yaml.v3 still reads (`0777` as octal, `1_000`, `0b101`), which YAML 1.2 reads as text or in decimal. */
const YAML11_NUMBER = /^[-+]?(?:0[0-9_]+(?:\.[0-9_]*)?|[0-9][0-9]*_[0-9_]*(?:\.[0-9_]*)?|0b[01_]+)$/;

/**
 * The first testData value gh models would fill in differently because yaml.v3 reads it by
 * YAML 1.1 rules where promptgate reads YAML 1.2 (a date, a leading-zero or underscored
 * number), said once per file; undefined when no value is written so.
 */
export function yaml11Note(rows: readonly Record<string, unknown>[], source: YamlSource, content: string): string | undefined {
  // Numbers are typed already: only a file with a leading-zero number anywhere needs their text.
  const leadingZero = /[\s:,[-][-+]?0[0-9]/.test(content);
  let found: { row: number; key: string; text: string } | undefined;
  let count = 0;
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      // A quick look at the value before the source: most values cannot be written so.
      const candidate = typeof value === 'string' ? TIMESTAMP.test(value) || YAML11_NUMBER.test(value) : typeof value === 'number' && leadingZero;
      if (!candidate) continue;
      const text = source.plainScalar(['testData', i, key]);
      if (text === undefined || !(TIMESTAMP.test(text) || YAML11_NUMBER.test(text))) continue;
      count++;
      found ??= { row: i, key, text };
    }
  });
  if (!found) return undefined;
  const { line } = source.locate(['testData', found.row, found.key]);
  const others = count > 1 ? ` (and ${count - 1} more value${count > 2 ? 's' : ''})` : '';
  const ghReads = TIMESTAMP.test(found.text) ? 'a Go time, filled in as Go prints one (2024-01-01 as "2024-01-01 00:00:00 +0000 UTC")' : 'a YAML 1.1 number (0777 as octal, 1_000 as 1000)';
  return `${source.file}${line === undefined ? '' : `:${line}`}: testData[${found.row}].${found.key} is ${found.text}${others}: promptgate reads it by YAML 1.2, gh models eval as ${ghReads} (see "Differences from gh models eval" in the README)`;
}
