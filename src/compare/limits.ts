import picomatch from 'picomatch';
import type { LoadedConfig } from '../config/load.js';
import { defaultEmbeddingModel } from '../engine/model-calls.js';
import type { EvalJob } from '../engine/run-jobs.js';
import type { Suite } from '../engine/suite.js';
import { parseModelRef } from '../providers/model-ref.js';
import type { ComparisonReport } from '../report/types.js';
import { LimitError } from '../util/errors.js';
import type { PromptPair } from './plan.js';

/**
 * The models a pull request may call: those the base already uses (its prompts' and the
 * trusted providers'), the embedding models that go with them, and `providers.models`. A head
 * that names another (`openai/o1`, an `ollama:` server on the host, an Azure deployment) is
 * refused before any call.
 */
export function modelAllowance(trusted: LoadedConfig, base: Suite): (modelId: string) => string | undefined {
  const { providers } = trusted.config;
  const normal = (id: string) => {
    try {
      return parseModelRef(id, providers.endpoints).id;
    } catch {
      return id;
    }
  };
  const used = [providers.default, providers.judge, providers.embedding, ...providers.fallback, ...base.prompts.map((p) => p.modelId)].filter((m): m is string => !!m).map(normal);
  const allowed = new Set([...used, ...used.map(defaultEmbeddingModel)]);
  const listed = providers.models.map((glob) => picomatch(normal(glob)));
  return (modelId) => {
    const id = normal(modelId);
    if (allowed.has(id) || listed.some((isMatch) => isMatch(id))) return undefined;
    return `model \`${id}\` is not one the base branch uses or allows`;
  };
}

/**
 * The caps checked before any model call: tests, planned samples, models and output tokens.
 * Over one is a LimitError naming it: never a silent truncation, never a pass.
 */
export function checkLimits(pairs: PromptPair[], jobs: EvalJob[], trusted: LoadedConfig, refuseModel: (modelId: string) => string | undefined): void {
  const { limits } = trusted.config;
  const where = trusted.file ?? 'promptgate.yml';
  const raise = (setting: string) => `raise \`limits.${setting}\` in ${where} on the base branch if this is intended`;
  const tests = pairs.reduce((n, p) => n + p.affectedTests.size, 0);
  if (tests > limits.tests) {
    throw new LimitError(`this pull request has ${tests} tests to evaluate; limits.tests allows ${limits.tests}`, { hint: raise('tests') });
  }
  const samples = jobs.reduce((n, j) => n + j.samples, 0);
  if (samples > limits.modelCalls) {
    throw new LimitError(`this pull request needs ${samples} model calls; limits.modelCalls allows ${limits.modelCalls}`, { hint: raise('modelCalls') });
  }
  for (const pair of pairs) {
    if (!pair.head) continue;
    const { prompt, modelId } = pair.head;
    const refused = refuseModel(modelId);
    if (refused) {
      throw new LimitError(`prompt \`${prompt.id}\`: ${refused}`, {
        location: { file: prompt.path },
        hint: `models come from ${where} on the base branch: add it to \`providers.models\` there (it takes effect after merge)`,
      });
    }
    if ((prompt.params.maxTokens ?? 0) > limits.maxTokens) {
      throw new LimitError(`prompt \`${prompt.id}\` asks for maxTokens ${prompt.params.maxTokens}; limits.maxTokens allows ${limits.maxTokens}`, {
        location: { file: prompt.path },
        hint: raise('maxTokens'),
      });
    }
  }
}

/** Over a cap: what changed is reported (nothing ran, so no results), the verdict is `error` and names the cap. */
export function limitReport(report: ComparisonReport, err: LimitError): ComparisonReport {
  const where = err.location ? `${[err.location.file, err.location.line].filter((x) => x !== undefined).join(':')}: ` : '';
  return {
    ...report,
    prompts: [],
    tests: [],
    reviewSample: [],
    verdict: 'error',
    blocking: report.gate.failOn !== 'never',
    summary: `${where}${err.message}.${err.hint ? ` To go on: ${err.hint}.` : ''}`,
  };
}
