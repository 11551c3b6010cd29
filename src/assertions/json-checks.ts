import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormatsModule from 'ajv-formats';
import { readJsonOutput } from './json-text.js';
import { findingResult } from './outcome.js';
import { outputPreview } from './text.js';
import type { AssertionContext, AssertionResult, AssertionSpec } from './types.js';

// allErrors: a reason that lists every violation saves a round trip; strict: false because
// user schemas (e.g. copied from GitHub Models `jsonSchema`) carry keywords ajv does not know;
// addUsedSchema: false so two tests' schemas that share an `$id` do not collide.
const AJV_OPTIONS = { allErrors: true, strict: false, addUsedSchema: false } as const;
// ajv-formats is CommonJS with `export default` typings: under NodeNext TypeScript types the
// default import as the module object, while Node hands over module.exports, the plugin itself.
const addFormats = ajvFormatsModule as unknown as typeof ajvFormatsModule.default;
/**
 * Made on first use: creating the two instances with their formats takes ~10 ms, which runs
 * without a JSON Schema (most of them) should not spend at start-up.
 */
let draft7: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

/**
 * Compiled validators by schema text: the same schema is usually repeated across many tests
 * (and parsed into separate objects), and compiling is far costlier than validating.
 */
const validators = new Map<string, ValidateFunction>();

/** Compile a JSON Schema once; throws ajv's error when the schema itself is invalid. */
export function compileJsonSchema(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  const cached = validators.get(key);
  if (cached) return cached;
  const ajv = String(schema.$schema ?? '').includes('2020-12') ? (draft2020 ??= addFormats(new Ajv2020(AJV_OPTIONS))) : (draft7 ??= addFormats(new Ajv(AJV_OPTIONS)));
  const validate = ajv.compile(schema);
  validators.set(key, validate);
  return validate;
}

/** `is-json`: the output parses as JSON (a single ```json fence around it is accepted). */
export function checkIsJson(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const reading = readJsonOutput(ctx.output);
  const seen = reading.ok
    ? `it was${reading.fenced ? ' (inside a ``` code fence, which is accepted)' : ''}`
    : `it was not (${reading.error}; ${outputPreview(ctx.output)})`;
  return findingResult(spec, { holds: reading.ok, subject: 'output', predicate: 'be valid JSON', seen });
}

/** `json-schema`: the output parses as JSON and validates against the schema in `value`. */
export function checkJsonSchema(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const predicate = 'be JSON matching the schema';
  const reading = readJsonOutput(ctx.output);
  if (!reading.ok) {
    return findingResult(spec, {
      holds: false,
      subject: 'output',
      predicate,
      seen: `it is not JSON (${reading.error}; ${outputPreview(ctx.output)})`,
    });
  }
  const validate = compileJsonSchema(spec.value as Record<string, unknown>);
  const valid = validate(reading.value);
  const errors = (validate.errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
  const seen = valid ? 'it did' : `it did not: ${errors}${(validate.errors?.length ?? 0) > 3 ? '; …' : ''}`;
  return findingResult(spec, { holds: valid, subject: 'output', predicate, seen });
}
