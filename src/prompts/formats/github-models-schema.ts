import * as z from 'zod';

/** gh models lower-cases the role and accepts only these three. */
const Role = z
  .string()
  .transform((role) => role.toLowerCase())
  .pipe(z.enum(['system', 'user', 'assistant']));

// gh models checks only the types; the model service judges the ranges.
const ModelParameters = z.looseObject({
  maxTokens: z.int().optional(),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  // gh models sends only the three above; the rest are promptgate extensions it ignores.
  stop: z.union([z.string(), z.array(z.string())]).optional(),
  seed: z.int().optional(),
  presencePenalty: z.number().optional(),
  frequencyPenalty: z.number().optional(),
});

const StringEvaluator = z.looseObject({
  equals: z.string().optional(),
  contains: z.string().optional(),
  startsWith: z.string().optional(),
  endsWith: z.string().optional(),
});

const LlmEvaluator = z.looseObject({
  modelId: z.string().min(1),
  prompt: z.string().min(1),
  systemPrompt: z.string().optional(),
  choices: z.array(z.looseObject({ choice: z.string(), score: z.number() })).min(1),
});

const Evaluator = z.looseObject({
  name: z.string().optional(),
  string: StringEvaluator.optional(),
  llm: LlmEvaluator.optional(),
  uses: z.string().optional(),
});

/**
 * A `.prompt.yml` file as `gh models eval` reads it, once decoded as its Go decoder reads it
 * (github-models-decode.ts: scalars in text keys are text, nulls are left out). Unknown top-level keys are tolerated,
 * because gh models ignores them; known keys must have the right shape. Like gh models, a file
 * without a model or without messages loads (the model comes from promptgate.yml or the model
 * service refuses the request).
 */
export const GitHubModelsFile = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  model: z.string().optional(),
  modelParameters: ModelParameters.optional(),
  responseFormat: z.enum(['text', 'json_object', 'json_schema']).optional(),
  jsonSchema: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  messages: z.array(z.looseObject({ role: Role, content: z.string() })).optional(),
  testData: z.array(z.record(z.string(), z.unknown())).optional(),
  evaluators: z.array(Evaluator).optional(),
});

export type GitHubModelsFile = z.infer<typeof GitHubModelsFile>;
export type GitHubModelsEvaluator = z.infer<typeof Evaluator>;
