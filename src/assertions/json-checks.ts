import type { Ajv, ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type ajvFormatsModule from 'ajv-formats';
import { readJsonOutput } from './json-text.js';
import { findingResult } from './outcome.js';
import { linearRegExp } from './regex-value.js';
import { outputPreview } from './text.js';
import type { AssertionContext, AssertionResult } from './types.js';
import type { AssertionSpec } from '../prompts/assertion-spec.js';

// allErrors: a reason that lists every violation saves a round trip; strict: false because
// user schemas (e.g. copied from GitHub Models `jsonSchema`) carry keywords ajv does not know;
// addUsedSchema: false so two tests' schemas that share an `$id` do not collide; patterns run
// in linear time, since schemas come from pull requests (see regex-value.ts).
const AJV_OPTIONS = { allErrors: true, strict: false, addUsedSchema: false, code: { regExp: linearRegExp } } as const;
/**
 * Made on first use: loading ajv and creating the two instances with their formats takes tens
 * of milliseconds, which runs without a JSON Schema (most of them) should not spend at start-up.
 * The bundler keeps these `require`s lazy.
 */
let draft7: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

// ajv-formats is CommonJS with `export default` typings; `require` hands over module.exports,
// the plugin itself, while ajv's classes are named exports.
const addFormats = <T extends Ajv>(ajv: T): T => (require('ajv-formats') as typeof ajvFormatsModule.default)(ajv) as T;
const newDraft7 = (): Ajv => addFormats(new (require('ajv') as typeof import('ajv')).Ajv(AJV_OPTIONS));
const newDraft2020 = (): Ajv2020 => addFormats(new (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020(AJV_OPTIONS));

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
  const ajv = String(schema.$schema ?? '').includes('2020-12') ? (draft2020 ??= newDraft2020()) : (draft7 ??= newDraft7());
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
