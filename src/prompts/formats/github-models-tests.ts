import * as z from 'zod';
import type { AssertionSpec, AssertionType } from '../../assertions/types.js';
import { PromptFileError } from '../../util/errors.js';
import { hashValue } from '../../util/hash.js';
import type { PromptTestCase } from '../model.js';
import type { GitHubModelsEvaluator, GitHubModelsFile } from './github-models.js';
import { varText } from './values.js';
import type { YamlSource } from './yaml-source.js';

/** A YAML scalar read as text, as gh models' Go decoder reads a scalar into a string field. */
export const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

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
  return (raw.testData ?? []).map((row, i) => {
    const vars = rowVars(row);
    const id = testId(vars);
    const test: PromptTestCase = {
      id: uniqueId(id, seen),
      vars,
      assert,
      source: { file: source.file, line: source.locate(['testData', i]).line },
    };
    const description = describeRow(vars, id);
    if (description !== undefined) test.description = description;
    if (vars.expected !== undefined) test.expected = vars.expected;
    return test;
  });
}

/** Map one evaluator to an assertion, exactly as gh models would run it. */
function evaluatorAssertion(evaluator: GitHubModelsEvaluator, index: number, source: YamlSource): AssertionSpec {
  const base = { negate: false, weight: 1, ...(evaluator.name !== undefined ? { name: evaluator.name } : {}) };
  if (evaluator.string) {
    const check = STRING_CHECKS.find(({ key }) => evaluator.string?.[key]);
    if (!check) {
      throw new PromptFileError(`evaluators[${index}].string has no check`, {
        location: source.locate(['evaluators', index, 'string']),
        hint: 'Give one of equals, contains, startsWith or endsWith a non-empty value.',
      });
    }
    // The value stays a template: gh models fills {{var}} from the test row before comparing.
    const spec: AssertionSpec = { ...base, type: check.type, value: evaluator.string[check.key] };
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
  if (evaluator.uses !== undefined) {
    const builtin = BUILTIN_EVALUATORS.find((name) => evaluator.uses === `github/${name}`);
    if (!builtin) {
      throw new PromptFileError(`unknown evaluator "${evaluator.uses}"`, {
        location: source.locate(['evaluators', index, 'uses']),
        hint: `Use one of ${BUILTIN_EVALUATORS.map((name) => `github/${name}`).join(', ')}.`,
      });
    }
    return { ...base, type: `github/${builtin}` satisfies AssertionType };
  }
  throw new PromptFileError(`evaluators[${index}] has no string, llm or uses key`, {
    location: source.locate(['evaluators', index]),
    hint: 'Give the evaluator a "string", an "llm" or a "uses" key.',
  });
}

/** Row values as text: scalars as written, lists and mappings as JSON. */
function rowVars(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, varText(value)]));
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
  const text = first?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length <= DESCRIPTION_CHARS ? text : `${text.slice(0, DESCRIPTION_CHARS - 1)}…`;
}
