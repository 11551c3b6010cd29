import * as z from 'zod';
import { PromptFileError } from '../../util/errors.js';
import type { ModelParams, ResponseFormat } from '../model.js';
import { templateVariables } from '../render.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import { positionAt, splitRoleLines, toMessages } from './role-lines.js';
import type { PromptDraft, PromptSource } from './types.js';
import { dropUndefined, stopList, varText } from './values.js';

const PROMPTY_HINT = 'See the Prompty file specification: https://prompty.ai/docs/prompty-file-spec';

/** OpenAI's `response_format`, which Prompty passes through in `model.parameters`. */
const ResponseFormatParam = z.looseObject({
  type: z.enum(['text', 'json_object', 'json_schema']),
  json_schema: z
    .looseObject({ name: z.string().optional(), schema: z.record(z.string(), z.unknown()), strict: z.boolean().optional() })
    .optional(),
});

const PromptyModel = z.looseObject({
  api: z.enum(['chat', 'completion']).optional(),
  configuration: z
    .looseObject({ type: z.string().optional(), name: z.string().optional(), azure_deployment: z.string().optional() })
    .optional(),
  parameters: z
    .looseObject({
      max_tokens: z.int().positive().optional(),
      temperature: z.number().min(0).optional(),
      top_p: z.number().min(0).max(1).optional(),
      stop: z.union([z.string(), z.array(z.string())]).optional(),
      seed: z.int().optional(),
      presence_penalty: z.number().optional(),
      frequency_penalty: z.number().optional(),
      response_format: ResponseFormatParam.optional(),
    })
    .optional(),
});

/** Prompty front matter; keys Prompty tools add (authors, tags, sample, template …) are tolerated. */
const PromptyFrontMatter = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  model: PromptyModel.optional(),
  inputs: z.record(z.string(), z.unknown()).optional(),
});

type PromptyModel = z.infer<typeof PromptyModel>;

/** `system:`, `# user:`, `assistant[name="Bot"]:` on a line of their own, in any case. */
const ROLE_HEADER = /^\s*#?\s*(system|developer|user|assistant)(?:\[[^\]]*\])?\s*:\s*$/i;

/** Jinja statements, comments, filters or expressions: anything but a plain `{{ name }}`. */
const UNSUPPORTED_JINJA = /\{%|\{#|\{\{(?!\s*[A-Za-z_][\w.-]*\s*\}\})/;

/**
 * Read a `.prompty` file: YAML front matter, then a body split into messages at role lines.
 * Prompty has no tests of its own (`sample` is an example input); tests come from promptgate.yml.
 */
export function readPrompty({ file, content }: PromptSource): PromptDraft {
  const split = splitFrontMatter(content, { file });
  const front = readFrontMatter(PromptyFrontMatter, split, { file, hint: PROMPTY_HINT }).data;
  rejectJinja(split.body, file, split.bodyLine);
  const messages = toMessages(splitRoleLines(split.body, { header: ROLE_HEADER, leadingRole: 'system', bodyLine: split.bodyLine }), {
    file,
    line: split.bodyLine,
  });
  const inputs = front.inputs ?? {};
  const defaults = inputDefaults(inputs);
  const draft: PromptDraft = {
    engine: 'mustache',
    name: front.name,
    description: front.description,
    model: modelId(front.model),
    params: modelParams(front.model),
    responseFormat: responseFormat(front.model),
    messages,
    variables: [...new Set([...Object.keys(inputs), ...templateVariables(split.body, 'mustache')])].sort(),
    tests: [],
  };
  if (Object.keys(defaults).length > 0) draft.defaults = defaults;
  return dropUndefined(draft);
}

/**
 * A promptgate model id from `model.configuration`: `openai:<name>` or `azure:<deployment>`.
 * Values Prompty fills from the environment (`${env:NAME}`) are unknown here, so no model.
 */
function modelId(model: PromptyModel | undefined): string | undefined {
  const config = model?.configuration;
  const id =
    config?.type === 'openai' && config.name
      ? `openai:${config.name}`
      : (config?.type === 'azure_openai' || config?.type === 'azure') && config.azure_deployment
        ? `azure:${config.azure_deployment}`
        : undefined;
  return id?.includes('${') ? undefined : id;
}

function modelParams(model: PromptyModel | undefined): ModelParams {
  const p = model?.parameters;
  if (!p) return {};
  return dropUndefined({
    maxTokens: p.max_tokens,
    temperature: p.temperature,
    topP: p.top_p,
    stop: stopList(p.stop),
    seed: p.seed,
    presencePenalty: p.presence_penalty,
    frequencyPenalty: p.frequency_penalty,
  });
}

function responseFormat(model: PromptyModel | undefined): ResponseFormat | undefined {
  const format = model?.parameters?.response_format;
  if (!format) return undefined;
  const schema = format.json_schema;
  if (format.type !== 'json_schema' || !schema) return { type: format.type };
  return dropUndefined<ResponseFormat>({ type: 'json_schema', name: schema.name, schema: schema.schema, strict: schema.strict });
}

/** `inputs: {name: {default: …}}` gives a value to tests that do not set `name`. */
function inputDefaults(inputs: Record<string, unknown>): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    if (spec !== null && typeof spec === 'object' && 'default' in spec) defaults[name] = varText(spec.default);
  }
  return defaults;
}

/**
 * promptgate fills `{{ name }}` only. Jinja logic would otherwise reach the model as literal
 * text, so it is an error with a position rather than a silent change of the prompt.
 */
function rejectJinja(body: string, file: string, bodyLine: number): void {
  const match = UNSUPPORTED_JINJA.exec(body);
  if (!match) return;
  const [line, column] = positionAt(body, match.index, bodyLine);
  throw new PromptFileError('Jinja statements, filters and comments are not supported', {
    location: { file, line, column },
    hint: 'Use plain {{name}} placeholders and compute anything else into the test\'s vars.',
  });
}
