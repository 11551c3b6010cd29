import { renderTemplate } from '../prompts/render.js';
import { checkCost, checkLatency, checkMaxLength, checkMaxTokens } from './budget-checks.js';
import { checkIsJson, checkJsonSchema } from './json-checks.js';
import { findingResult } from './outcome.js';
import { UserError } from '../util/errors.js';
import { compileRegexValue, RegexLimitError } from './regex-value.js';
import { lowerAsGo, outputPreview, quote, shorten } from './text.js';
import type { AssertionContext, AssertionHandler, AssertionResult } from './types.js';
import type { AssertionSpec, DeterministicType } from '../prompts/assertion-spec.js';

/**
 * Deterministic checks: no model call, score 1 or 0, `negate` honoured. String values may use
 * `{{var}}` (test variables and `expected`), as GitHub Models string evaluators do, and text
 * checks honour `ignoreCase` (how GitHub Models `contains`/`startsWith`/`endsWith` compare).
 */
export const DETERMINISTIC_HANDLERS: Record<DeterministicType, AssertionHandler> = {
  equals: checkEquals,
  contains: checkContains,
  icontains: (spec, ctx) => checkContains({ ...spec, ignoreCase: true }, ctx),
  'contains-any': checkContainsAny,
  'contains-all': checkContainsAll,
  'starts-with': checkStartsWith,
  'ends-with': checkEndsWith,
  regex: checkRegex,
  'is-json': checkIsJson,
  'json-schema': checkJsonSchema,
  'max-length': checkMaxLength,
  'max-tokens': checkMaxTokens,
  latency: checkLatency,
  cost: checkCost,
};

/** The spec's value with the test's variables filled in, the way the prompt's own format fills them. */
function expectedText(spec: AssertionSpec, ctx: AssertionContext): string {
  return renderTemplate(String(spec.value), { ...ctx.vars, expected: ctx.expected }, ctx.prompt.engine);
}

function expectedList(spec: AssertionSpec, ctx: AssertionContext): string[] {
  return (spec.value as unknown[]).map((v) => renderTemplate(String(v), { ...ctx.vars, expected: ctx.expected }, ctx.prompt.engine));
}

/** Case folding for `ignoreCase` specs (as Go folds it for GitHub Models evaluators); identity otherwise. */
function folder(spec: AssertionSpec): (text: string) => string {
  if (!spec.ignoreCase) return (text) => text;
  return spec.verbatim ? lowerAsGo : (text) => text.toLowerCase();
}

function caseNote(spec: AssertionSpec): string {
  return spec.ignoreCase ? ' (ignoring case)' : '';
}

function checkEquals(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  // Models add stray leading/trailing whitespace and newlines; it never carries meaning here.
  // A verbatim spec (GitHub Models `equals`) keeps the expected text's own spaces, as gh models does.
  const fold = folder(spec);
  const want = spec.verbatim ? expectedText(spec, ctx) : expectedText(spec, ctx).trim();
  const got = ctx.output.trim();
  const holds = fold(got) === fold(want);
  return findingResult(spec, {
    holds,
    subject: 'output',
    predicate: `equal ${quote(want)}${caseNote(spec)}`,
    seen: holds ? 'it did' : `it was ${quote(got)}`,
  });
}

function checkContains(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const fold = folder(spec);
  const want = expectedText(spec, ctx);
  // gh models trims the answer before any evaluator sees it: a GitHub Models `contains: "Paris "` fails on "Paris\n".
  const output = spec.verbatim ? ctx.output.trim() : ctx.output;
  const at = fold(output).indexOf(fold(want));
  return findingResult(spec, {
    holds: at >= 0,
    subject: 'output',
    predicate: `contain ${quote(want)}${caseNote(spec)}`,
    seen: at >= 0 ? `it did (at character ${at + 1})` : `it did not (${outputPreview(output)})`,
  });
}

function checkContainsAny(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const fold = folder(spec);
  const wants = expectedList(spec, ctx);
  const found = wants.find((w) => fold(ctx.output).includes(fold(w)));
  return findingResult(spec, {
    holds: found !== undefined,
    subject: 'output',
    predicate: `contain any of ${listOf(wants)}${caseNote(spec)}`,
    seen: found !== undefined ? `it contained ${quote(found)}` : `it contained none (${outputPreview(ctx.output)})`,
  });
}

function checkContainsAll(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const fold = folder(spec);
  const wants = expectedList(spec, ctx);
  const missing = wants.filter((w) => !fold(ctx.output).includes(fold(w)));
  return findingResult(spec, {
    holds: missing.length === 0,
    subject: 'output',
    predicate: `contain all of ${listOf(wants)}${caseNote(spec)}`,
    seen: missing.length === 0 ? 'it did' : `it lacked ${missing.map((m) => quote(m)).join(', ')} (${outputPreview(ctx.output)})`,
  });
}

function checkStartsWith(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const fold = folder(spec);
  const want = expectedText(spec, ctx);
  const holds = fold(ctx.output.trim()).startsWith(fold(want));
  return findingResult(spec, {
    holds,
    subject: 'output',
    predicate: `start with ${quote(want)}${caseNote(spec)}`,
    seen: holds ? 'it did' : `it did not (${outputPreview(ctx.output)})`,
  });
}

function checkEndsWith(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const fold = folder(spec);
  const want = expectedText(spec, ctx);
  const output = ctx.output.trim();
  const holds = fold(output).endsWith(fold(want));
  const tail = [...output].slice(-40).join('');
  return findingResult(spec, {
    holds,
    subject: 'output',
    predicate: `end with ${quote(want)}${caseNote(spec)}`,
    seen: holds ? 'it did' : `it did not (output ends: ${quote(tail)})`,
  });
}

function checkRegex(spec: AssertionSpec, ctx: AssertionContext): AssertionResult {
  const source = String(spec.value);
  const regex = compileRegexValue(source, { ignoreCase: spec.ignoreCase });
  const predicate = `match ${source.startsWith('/') ? source : `/${source}/`}${caseNote(spec)}`;
  let match: { text: string } | null;
  try {
    match = regex.exec(ctx.output);
  } catch (err) {
    if (!(err instanceof RegexLimitError)) throw err;
    throw new UserError(`regex assertion ${quote(source, 40)} cannot search this output: ${err.message}`, {
      hint: 'Bound the output (maxTokens, max-length) or check it with contains/starts-with/ends-with, which have no such limit.',
      cause: err,
    });
  }
  return findingResult(spec, {
    holds: match !== null,
    subject: 'output',
    predicate,
    seen: match ? `it did (matched ${quote(match.text, 40)})` : `it did not (${outputPreview(ctx.output)})`,
  });
}

function listOf(values: string[]): string {
  return shorten(`[${values.map((v) => quote(v, 30)).join(', ')}]`, 120);
}
