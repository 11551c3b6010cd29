import * as z from 'zod';
import { assertionSchema } from '../assertions/schema.js';
import { isReservedKeyVariable } from '../providers/model-ref.js';

/**
 * `promptgate.yml`: the single source of validation, types (`z.infer`) and the JSON Schema in
 * `schema/promptgate.schema.json` that editors use for autocompletion.
 */

const modelId = z.string().min(1).describe('Model id, e.g. `github:openai/gpt-4o-mini`, `openai:gpt-4o`, `anthropic:claude-haiku-4-5`.');

const promptFlags = {
  id: z.string().min(1).optional().describe('Stable id used in reports and by tests; defaults to the path without extension.'),
  model: modelId.optional().describe('Model for this prompt, overriding the file and `providers.default`.'),
  interactive: z.boolean().optional().describe('Users wait on this prompt: evaluate it streamed and report time to first token.'),
  critical: z.boolean().optional().describe('Safety-critical output: every test needs a structural check.'),
  grounded: z.boolean().optional().describe('Must answer only from supplied context.'),
  maxInputTokens: z.int().positive().optional().describe('Upper bound on user-supplied input, in tokens.'),
  contextWindow: z.int().positive().optional().describe("The model's context window in tokens, when promptgate does not know it."),
  adversarial: z.boolean().optional().describe('Run the built-in prompt-injection pack on this prompt (default: on when it takes user input).'),
  degraded: z
    .strictObject({
      response: z.string().min(1).optional().describe('The static answer the application gives when every provider is down.'),
      error: z.string().min(1).optional().describe('The error the application returns instead (an explicit error contract).'),
    })
    .optional()
    .describe('What happens when every model provider is unavailable.'),
};

export const promptEntrySchema = z.union([
  z.string().min(1).describe('A glob of prompt files, e.g. `prompts/**/*.prompt.yml`.'),
  z.strictObject({ path: z.string().min(1).describe('A prompt file or glob.'), ...promptFlags }),
]);

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const testSchema = z.strictObject({
  prompt: z.string().min(1).describe('Id or path of the prompt under test.'),
  id: z.string().min(1).optional().describe('Stable test id; defaults to a hash of the vars.'),
  description: z.string().optional(),
  vars: z.record(z.string(), scalar).default({}).describe('Template variables.'),
  expected: z.string().optional().describe('Reference answer, available to assertions as `expected`.'),
  assert: z.array(assertionSchema).default([]),
  repeat: z.int().min(1).max(100).optional().describe('Samples per version; enables significance testing.'),
});

export const endpointSchema = z.strictObject({
  baseUrl: z.url().describe('OpenAI-compatible base URL, e.g. `http://127.0.0.1:8000/v1` for vLLM.'),
  apiKeyEnv: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'must be an environment variable name in capitals, e.g. VLLM_API_KEY')
    .refine((name) => !isReservedKeyVariable(name), 'names a variable of GitHub, the runner or promptgate itself; give the endpoint a key variable of its own')
    .optional()
    .describe('Environment variable holding the key, if the server needs one. Not GITHUB_*, GH_*, ACTIONS_*, RUNNER_*, INPUT_*, PROMPTGATE_* or the App\'s secrets.'),
});

export const providersSchema = z.strictObject({
  default: modelId.optional().describe('Model for prompts that name none.'),
  fallback: z.array(modelId).default([]).describe('Tried in order when the primary model is down.'),
  judge: modelId.optional().describe('Model for llm-rubric and GitHub built-in evaluators.'),
  embedding: modelId.optional().describe('Embedding model for `similar`.'),
  endpoints: z.record(z.string(), endpointSchema).default({}).describe('Named OpenAI-compatible servers: `name:model` ids.'),
  models: z
    .array(z.string().min(1))
    .default([])
    .describe('Models a pull request may use besides those the base branch already uses (globs, e.g. `github:openai/*`).'),
  concurrency: z.int().min(1).max(256).default(8).describe('Model calls in flight at once, over all providers.'),
  perProviderConcurrency: z.int().min(1).max(256).optional().describe('Model calls in flight at once per provider.'),
  timeoutMs: z.int().min(100).default(60_000).describe('Per attempt.'),
  maxRetries: z.int().min(0).max(10).default(3).describe('Retries of a failed call (server errors, timeouts, malformed answers); rate limits are waited out apart from these.'),
  budgetMs: z
    .int()
    .min(1000)
    .default(1_200_000)
    .describe('Wall-clock budget for a run\'s model calls; a rate limit that resets after it ends the run inconclusive, naming the limit. Default 20 min.'),
});

export const gateSchema = z.strictObject({
  failOn: z.enum(['regression', 'any-failure', 'never']).default('regression'),
  alpha: z.number().gt(0).lt(1).default(0.05).describe('Largest chance that sampling noise blocks a harmless PR.'),
  maxScoreDrop: z.number().min(0).max(1).default(0.02).describe('Largest mean-score drop per prompt that is not a regression.'),
  minPassRate: z.number().min(0).max(1).optional().describe('Head pass rate below this fails the gate.'),
  overrideLabel: z.string().min(1).default('accept-prompt-regression'),
  require: z.array(z.string()).default([]).describe('Checklist item ids that block the merge when they fail.'),
});

export const budgetsSchema = z.strictObject({
  p95LatencyMs: z.number().positive().optional(),
  costPer1kCallsUsd: z.number().positive().optional(),
  ttftP95Ms: z.number().positive().optional(),
});

export const adversarialSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Probe prompts that take user input with the built-in injection pack.'),
  eval: z.boolean().default(false).describe('Also run the probes in `promptgate eval` (always in `compare`, for changed prompts).'),
  pack: z.literal('v1').default('v1').describe('Version of the attack pack; pinned so results stay comparable.'),
});

export const reviewSchema = z.strictObject({
  sampleSize: z.int().min(0).max(100).default(5).describe('Head outputs shown in the comment for human review.'),
});

export const growthSchema = z.strictObject({
  maxShare: z.number().min(0).default(0.2).describe('Flag a prompt whose tokens grow by more than this share.'),
});

/** Per-pull-request caps, read from the base branch only: over one is an `error` verdict naming it. */
export const limitsSchema = z.strictObject({
  tests: z.int().min(1).default(1000).describe('Tests evaluated for one pull request (base and head of a test count once).'),
  modelCalls: z.int().min(1).default(5000).describe('Model calls for one pull request: samples, judges, embeddings and checklist drills.'),
  promptFiles: z.int().min(1).default(300).describe('Prompt files, and the files they link to (Dotprompt partials, Prompty ${file:} targets), read at one side of a pull request.'),
  maxTokens: z.int().min(1).default(16384).describe('Largest `maxTokens` a prompt may ask for per call.'),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  prompts: z.array(promptEntrySchema).optional().describe('Prompt files; default: every `*.prompt.yml` in the repository.'),
  providers: providersSchema.default(providersSchema.parse({})),
  tests: z.array(testSchema).default([]),
  repeat: z.int().min(1).max(100).default(1).describe('Default samples per test and version.'),
  maxRepeat: z
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('Most fresh samples per side drawn to confirm a candidate regression or fix. Default: 24.'),
  gate: gateSchema.default(gateSchema.parse({})),
  budgets: budgetsSchema.default({}),
  adversarial: adversarialSchema.default(adversarialSchema.parse({})),
  review: reviewSchema.default(reviewSchema.parse({})),
  growth: growthSchema.default(growthSchema.parse({})),
  limits: limitsSchema.default(limitsSchema.parse({})),
  cache: z
    .strictObject({
      enabled: z.boolean().default(true),
      dir: z
        .string()
        .default('.promptgate/cache')
        .describe('Relative to the repository for the CLI; in the Action relative to RUNNER_TEMP, never inside the checkout.'),
    })
    .default({ enabled: true, dir: '.promptgate/cache' }),
});

export type Config = z.infer<typeof configSchema>;
export type PromptEntry = z.infer<typeof promptEntrySchema>;
export type TestConfig = z.infer<typeof testSchema>;
export type GatePolicy = z.infer<typeof gateSchema>;
export type Limits = z.infer<typeof limitsSchema>;
