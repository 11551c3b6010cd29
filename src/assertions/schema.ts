import * as z from 'zod';
import { compileJsonSchema } from './json-checks.js';
import { didYouMean } from '../util/did-you-mean.js';
import { compileRegexValue } from './regex-value.js';
import { CUSTOM_TYPES, DETERMINISTIC_TYPES, MODEL_GRADED_TYPES, type AssertionSpec, type ConfigAssertionType as AssertionType } from '../prompts/assertion-spec.js';

/**
 * One assertion as written in promptgate.yml, in either form:
 *   long:      { type: not-contains, value: "x", weight: 2 }
 *   shorthand: { not-contains: "x", weight: 2 }   { llm-rubric: is polite }   { is-json: }
 * Errors are zod issues whose paths point at the offending key, so the config loader can
 * map them to file:line. The schema converts to JSON Schema (`io: 'input'`) for editors.
 */

const ASSERTION_TYPES: readonly AssertionType[] = [...DETERMINISTIC_TYPES, ...MODEL_GRADED_TYPES, ...CUSTOM_TYPES];
const TYPE_NAMES = [...ASSERTION_TYPES, ...DETERMINISTIC_TYPES.map((t) => `not-${t}` as const)];
type TypeName = (typeof TYPE_NAMES)[number];

const OPTION_KEYS = ['type', 'value', 'weight', 'threshold', 'judge', 'name', 'export', 'choices', 'systemPrompt'] as const;
/** Types whose score is graded rather than 0/1, so a threshold means something. */
const THRESHOLD_TYPES = new Set<AssertionType>([...MODEL_GRADED_TYPES, 'javascript']);

// YAML reads `contains: 30` as a number; the user meant the text "30".
const text = z.union([z.string(), z.number()], { error: 'expected a string' }).transform(String);
const nonEmptyText = z.string({ error: 'expected a string' }).min(1, 'must not be empty');
const textList = z.array(text, { error: 'expected a list of strings' }).min(1, 'give at least one string');
/** For types that take no value: `{ is-json: }` in YAML is null, `{ is-json: true }` reads better in JSON. */
const noValue = z.union([z.literal(true), z.null()], { error: 'takes no value: write it as `is-json:` (empty) or `is-json: true`' });
const count = (unit: string) =>
  z.number({ error: `expected a number of ${unit}` }).int(`expected a whole number of ${unit}`).positive(`expected a positive number of ${unit}`);

const regexSource = nonEmptyText.superRefine((source, ctx) => {
  try {
    compileRegexValue(source);
  } catch (err) {
    // The engine's message names the pattern: "Invalid regular expression: /(/: Unterminated group".
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
});

const jsonSchemaValue = z.record(z.string(), z.unknown(), { error: 'expected a JSON Schema object' }).superRefine((schema, ctx) => {
  try {
    compileJsonSchema(schema);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `invalid JSON Schema: ${(err as Error).message}` });
  }
});

/** The shape of `value` per type; the same schema checks the shorthand key's value. */
const VALUE_SCHEMAS: Record<AssertionType, z.ZodType> = {
  equals: text,
  contains: text,
  icontains: text,
  'contains-any': textList,
  'contains-all': textList,
  'starts-with': text,
  'ends-with': text,
  regex: regexSource,
  'is-json': noValue,
  'json-schema': jsonSchemaValue,
  'max-length': count('characters'),
  'max-tokens': count('tokens'),
  latency: z.number({ error: 'expected a latency budget in milliseconds' }).positive('expected a positive number of milliseconds'),
  cost: z.number({ error: 'expected a cost budget in USD' }).nonnegative('expected a cost in USD of 0 or more'),
  similar: nonEmptyText,
  'llm-rubric': nonEmptyText,
  'llm-choice': nonEmptyText,
  'github/similarity': z.union([nonEmptyText, noValue], { error: 'expected the reference answer, or no value to use the test’s expected' }),
  'github/coherence': noValue,
  'github/fluency': noValue,
  'github/relevance': noValue,
  'github/groundedness': noValue,
  javascript: nonEmptyText,
};

const VALUE_HELP: Record<AssertionType, string> = {
  equals: 'the exact expected output ({{var}} allowed)',
  contains: 'text the output must contain',
  icontains: 'text the output must contain, ignoring case',
  'contains-any': 'strings; the output must contain at least one',
  'contains-all': 'strings; the output must contain every one',
  'starts-with': 'the start of the output',
  'ends-with': 'the end of the output',
  regex: 'a pattern, or /pattern/flags',
  'is-json': 'no value',
  'json-schema': 'a JSON Schema the parsed output must match',
  'max-length': 'maximum characters',
  'max-tokens': 'maximum output tokens',
  latency: 'maximum latency in milliseconds',
  cost: 'maximum cost of the call in USD',
  similar: 'text whose meaning the output must match (cosine similarity of embeddings)',
  'llm-rubric': 'what a good output does, graded by the judge model',
  'llm-choice': 'the judge prompt ({{input}}, {{completion}}, {{expected}}, test vars)',
  'github/similarity': 'optional reference answer (default: the test’s expected)',
  'github/coherence': 'no value',
  'github/fluency': 'no value',
  'github/relevance': 'no value',
  'github/groundedness': 'no value',
  javascript: 'path of an ES module, relative to the config file',
};

function baseType(name: TypeName): AssertionType {
  return (name.startsWith('not-') ? name.slice(4) : name) as AssertionType;
}

function typeNameMessage(input: unknown): string {
  const name = String(input);
  const base = name.slice(4);
  if (name.startsWith('not-') && (ASSERTION_TYPES as readonly string[]).includes(base)) {
    return `"${name}" is not allowed: not- applies only to deterministic assertions (${DETERMINISTIC_TYPES.join(', ')}); express the negative in the ${base} check itself`;
  }
  return `unknown assertion type "${name}"${didYouMean(name, TYPE_NAMES)}; known types: ${ASSERTION_TYPES.join(', ')} (deterministic ones also as not-<type>)`;
}

function unknownKeysMessage(keys: string[]): string {
  const negated = keys.find((k) => k.startsWith('not-') && (ASSERTION_TYPES as readonly string[]).includes(k.slice(4)));
  if (negated) return typeNameMessage(negated);
  const named = keys.map((k) => `"${k}"${didYouMean(k, [...TYPE_NAMES, ...OPTION_KEYS])}`);
  return `unknown key${keys.length > 1 ? 's' : ''} ${named.join(', ')} in assertion; use an assertion type as the key (e.g. contains: "…") or type: with value:; other keys: ${OPTION_KEYS.slice(2).join(', ')}`;
}

const shorthandShape = Object.fromEntries(
  TYPE_NAMES.map((name) => [name, VALUE_SCHEMAS[baseType(name)].optional().describe(VALUE_HELP[baseType(name)])]),
) as Record<TypeName, z.ZodOptional<z.ZodType>>;

const choiceSchema = z.strictObject({
  choice: nonEmptyText.describe('an answer the judge may give'),
  score: z.number({ error: 'expected a number' }).describe('the score that answer earns'),
});

const assertionInput = z.strictObject(
  {
    ...shorthandShape,
    type: z.enum(TYPE_NAMES, { error: (iss) => typeNameMessage(iss.input) }).optional().describe('assertion type (long form)'),
    value: z.unknown().optional().describe('expected value (long form); its shape depends on the type'),
    weight: z.number({ error: 'expected a number' }).min(0, 'weight must be 0 or more').default(1).describe('share of the test score; 0 = report only'),
    threshold: z
      .number({ error: 'expected a number from 0 to 1' })
      .min(0, 'threshold must be from 0 to 1')
      .max(1, 'threshold must be from 0 to 1')
      .optional()
      .describe('minimum score to pass (graded types)'),
    judge: nonEmptyText.optional().describe('judge model id, e.g. github:openai/gpt-4o (embedding model for similar)'),
    name: nonEmptyText.optional().describe('label in reports'),
    export: nonEmptyText.optional().describe('javascript: export to call (default: the default export)'),
    choices: z.array(choiceSchema, { error: 'expected a list of { choice, score }' }).min(1, 'give at least one choice').optional().describe('llm-choice: possible answers and their scores'),
    systemPrompt: z.string({ error: 'expected a string' }).optional().describe('llm-choice: the judge system prompt'),
  },
  {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') return unknownKeysMessage(iss.keys);
      if (iss.code === 'invalid_type') return 'an assertion is a mapping, e.g. { contains: "30 days" } or { type: contains, value: "30 days" }';
      return undefined;
    },
  },
);

type AssertionInput = z.output<typeof assertionInput>;
type Located = { name: TypeName; form: 'long' | 'shorthand' };

function locateType(input: AssertionInput): Located | undefined {
  const shorthand = TYPE_NAMES.find((name) => Object.hasOwn(input, name));
  if (input.type !== undefined) return { name: input.type, form: 'long' };
  return shorthand === undefined ? undefined : { name: shorthand, form: 'shorthand' };
}

function checkForm(input: AssertionInput, ctx: z.RefinementCtx): void {
  const shorthandKeys = TYPE_NAMES.filter((name) => Object.hasOwn(input, name));
  const [first, second] = shorthandKeys;
  if (input.type !== undefined && first !== undefined) {
    ctx.addIssue({ code: 'custom', path: [first], message: `write either "type: ${input.type}" or the shorthand "${first}: …", not both` });
    return;
  }
  if (second !== undefined) {
    ctx.addIssue({ code: 'custom', path: [second], message: `one assertion per list item: found both "${String(first)}" and "${second}"; split them into two items` });
    return;
  }
  const located = locateType(input);
  if (!located) {
    ctx.addIssue({ code: 'custom', path: [], message: 'assertion has no type: write e.g. { contains: "30 days" } or { type: contains, value: "30 days" }' });
    return;
  }
  const type = baseType(located.name);
  if (located.form === 'shorthand' && input.value !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `"value" belongs to the long form (type: ${located.name}); the shorthand "${located.name}: …" already gives it` });
  }
  if (located.form === 'long') checkLongValue(type, input.value, ctx);
  checkOptions(type, input, ctx);
}

function checkLongValue(type: AssertionType, value: unknown, ctx: z.RefinementCtx): void {
  const schema = VALUE_SCHEMAS[type];
  if (value === undefined) {
    if (!schema.safeParse(null).success) ctx.addIssue({ code: 'custom', path: ['value'], message: `${type} needs a value: ${VALUE_HELP[type]}` });
    return;
  }
  const parsed = schema.safeParse(value);
  for (const issue of parsed.error?.issues ?? []) {
    ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
  }
}

function checkOptions(type: AssertionType, input: AssertionInput, ctx: z.RefinementCtx): void {
  const misplaced = (key: string, only: string): void =>
    ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" applies only to ${only} assertions, not ${type}` });
  if (input.export !== undefined && type !== 'javascript') misplaced('export', 'javascript');
  if (input.systemPrompt !== undefined && type !== 'llm-choice') misplaced('systemPrompt', 'llm-choice');
  if (input.choices !== undefined && type !== 'llm-choice') misplaced('choices', 'llm-choice');
  if (input.choices === undefined && type === 'llm-choice') {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: 'llm-choice needs choices: a list of { choice, score }' });
  }
  if (input.judge !== undefined && !(MODEL_GRADED_TYPES as readonly string[]).includes(type)) misplaced('judge', 'model-graded');
  if (input.threshold !== undefined && !THRESHOLD_TYPES.has(type)) {
    ctx.addIssue({ code: 'custom', path: ['threshold'], message: `"threshold" has no effect on ${type}, which scores 0 or 1; the budget goes in its value` });
  }
}

function toSpec(input: AssertionInput): AssertionSpec {
  const located = locateType(input) as Located;
  const type = baseType(located.name);
  const raw = located.form === 'long' ? input.value : (input as Record<string, unknown>)[located.name];
  // Already validated; parsing again yields the normalised value (e.g. 30 → "30").
  const value: unknown = raw === undefined || raw === null || raw === true ? undefined : VALUE_SCHEMAS[type].parse(raw);
  const spec: AssertionSpec = { type, negate: located.name.startsWith('not-'), weight: input.weight };
  if (type === 'javascript') spec.file = value as string;
  else if (type === 'llm-choice') spec.judgePrompt = value as string;
  else if (value !== undefined) spec.value = value;
  if (input.threshold !== undefined) spec.threshold = input.threshold;
  if (input.name !== undefined) spec.name = input.name;
  if (input.judge !== undefined) spec.judge = input.judge;
  if (input.export !== undefined) spec.exportName = input.export;
  if (input.choices !== undefined) spec.choices = input.choices;
  if (input.systemPrompt !== undefined) spec.judgeSystemPrompt = input.systemPrompt;
  return spec;
}

/** Zod schema of one assertion in promptgate.yml; parses to an {@link AssertionSpec}. */
export const assertionSchema: z.ZodType<AssertionSpec, z.input<typeof assertionInput>> = assertionInput
  .superRefine(checkForm)
  .transform(toSpec);
