import type { AssertionSpec, AssertionType } from '../assertion-spec.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { PromptFileError } from '../../util/errors.js';
import { hashValue } from '../../util/hash.js';
import { goValueText } from './go-value-text.js';
import type { PromptTestCase } from '../model.js';
import { type GitHubModelsEvaluator, type GitHubModelsFile } from './github-models-schema.js';
import type { YamlSource } from '../../yaml/index.js';


const BUILTIN_EVALUATORS = ['similarity', 'coherence', 'fluency', 'relevance', 'groundedness'] as const;

/** gh models checks the first non-empty key in this order and ignores the rest. */
const STRING_CHECKS = [
  { key: 'equals', type: 'equals', ignoreCase: false },
  { key: 'contains', type: 'contains', ignoreCase: true },
  { key: 'startsWith', type: 'starts-with', ignoreCase: true },
  { key: 'endsWith', type: 'ends-with', ignoreCase: true },
] as const;

const DESCRIPTION_CHARS = 60;

/**
 * One test per `testData` row, each checked by every evaluator. A row's whole map is its vars
 * (gh models templates messages with all of it, `expected` included).
 */
export function githubModelsTests(raw: GitHubModelsFile, source: YamlSource): PromptTestCase[] {
  const assert = (raw.evaluators ?? []).map((evaluator, i) => evaluatorAssertion(evaluator, i, source));
  const seen = new Map<string, number>();
  const rows = raw.testData ?? [];
  // Every row's line at once: one walk of the file instead of a lookup per row.
  const lines = rows.length ? source.locateItems(['testData']) : [];
  return rows.map((row, i) => {
    const vars = rowVars(row, (path) => source.plainScalar(['testData', i, ...path]));
    const id = testId(vars);
    const test: PromptTestCase = {
      id: uniqueId(id, seen),
      vars,
      assert,
      source: { file: source.file, line: (lines[i] ?? source.locate(['testData', i])).line },
    };
    const description = describeRow(vars, id);
    if (description !== undefined) test.description = description;
    if (vars.expected !== undefined) test.expected = vars.expected;
    if (vars !== row) test.row = row;
    return test;
  });
}

/** Map one evaluator to an assertion, exactly as gh models would run it. */
function evaluatorAssertion(evaluator: GitHubModelsEvaluator, index: number, source: YamlSource): AssertionSpec {
  const base = { negate: false, weight: 1, ...(evaluator.name ? { name: evaluator.name } : {}) };
  // gh models picks the first of string, llm and uses that is set, in that order.
  if (evaluator.string) {
    const check = STRING_CHECKS.find(({ key }) => evaluator.string?.[key]);
    if (!check) {
      // gh models ignores keys it does not know, so a misspelt check leaves the evaluator empty: name it.
      const known = STRING_CHECKS.map(({ key }) => key);
      const unknown = Object.keys(evaluator.string).filter((key) => !(known as string[]).includes(key));
      const guesses = unknown.map((key) => `"${key}"${didYouMean(key, known)}`).join(', ');
      throw new PromptFileError(`evaluators[${index}].string has no check${guesses ? `: unknown key ${guesses}` : ''}`, {
        location: source.locate(['evaluators', index, 'string']),
        hint: 'Give one of equals, contains, startsWith or endsWith a non-empty value.',
      });
    }
    // The value stays a template: gh models fills {{var}} from the test row before comparing,
    // and compares it as written (untrimmed).
    const spec: AssertionSpec = { ...base, type: check.type, value: evaluator.string[check.key], verbatim: true };
    if (check.ignoreCase) spec.ignoreCase = true;
    return spec;
  }
  if (evaluator.llm) {
    const { modelId, prompt, systemPrompt, choices } = evaluator.llm;
    const spec: AssertionSpec = {
      ...base,
      type: 'llm-choice',
      judge: modelId,
      judgePrompt: prompt,
      choices: choices.map(({ choice, score }) => ({ choice, score })),
    };
    if (systemPrompt !== undefined) spec.judgeSystemPrompt = systemPrompt;
    return spec;
  }
  if (evaluator.uses) {
    const builtin = BUILTIN_EVALUATORS.find((name) => evaluator.uses === `github/${name}`);
    // gh models scores an evaluator it does not know 0 and carries on with the run.
    if (!builtin) return { ...base, type: 'unknown-evaluator', value: evaluator.uses };
    return { ...base, type: `github/${builtin}` satisfies AssertionType };
  }
  throw new PromptFileError(`evaluators[${index}] has no string, llm or uses key`, {
    location: source.locate(['evaluators', index]),
    hint: 'Give the evaluator a "string", an "llm" or a "uses" key.',
  });
}

/**
 * Row values as text, as gh models inserts them: strings as written, anything else as Go's `%v`
 * prints it, from the text written where a number's JavaScript value cannot tell.
 */
function rowVars(row: Record<string, unknown>, written: (path: readonly PropertyKey[]) => string | undefined): Record<string, string> {
  // Most rows hold only strings: those are their own vars (the row is this read's own copy).
  for (const key in row) if (typeof row[key] !== 'string') return Object.fromEntries(Object.entries(row).map(([k, value]) => [k, goValueText(value, written, [k])]));
  return row as Record<string, string>;
}

/** An explicit `id` or `name` of the row, else a hash of the row, so ids survive edits of the prompt. */
function testId(vars: Record<string, string>): string {
  const explicit = vars.id ?? vars.name;
  return explicit !== undefined && explicit.trim() !== '' ? explicit.trim() : `t-${hashValue(vars).slice(0, 8)}`;
}

function uniqueId(id: string, seen: Map<string, number>): string {
  const count = (seen.get(id) ?? 0) + 1;
  seen.set(id, count);
  return count === 1 ? id : `${id}-${count}`;
}

/** A short label from the first value that is neither the id nor the expected answer. */
function describeRow(vars: Record<string, string>, id: string): string | undefined {
  const first = Object.entries(vars).find(([key, value]) => key !== 'id' && key !== 'expected' && value.trim() !== id)?.[1];
  // Most values are one line with single spaces: only others need their whitespace folded.
  const text = first !== undefined && /[^\S ]| {2}/.test(first) ? first.replace(/\s+/g, ' ').trim() : first?.trim();
  if (!text) return undefined;
  return text.length <= DESCRIPTION_CHARS ? text : `${text.slice(0, DESCRIPTION_CHARS - 1)}…`;
}
