import * as z from 'zod';
import { PromptFileError } from '../../util/errors.js';
import type { ModelParams, ResponseFormat, TemplateEngine } from '../model.js';
import { splitFrontMatter, type FrontMatterSplit } from './front-matter.js';
import { jinja2Guarded, jinja2Variables } from '../jinja2.js';
import { inputFacts, outputFormat, properties, PropertyList } from './prompty-properties.js';
import { resolveReferences } from './prompty-references.js';
import { compileBody, mustacheGuarded, mustacheVariables, ROLE_LINE } from '../prompty-render.js';
import { promptyTools, ToolList } from './prompty-tools.js';
import { splitRoleLines, toMessages } from './role-lines.js';
import type { PromptDraft, PromptSource } from './types.js';
import { dropUndefined, stopList, varText, withoutEmptyKeys } from './values.js';
import { parseYaml, validateYaml, type YamlSource } from '../../yaml/index.js';

const PROMPTY_HINT = 'See the Prompty file specification: https://github.com/microsoft/prompty/blob/main/spec/spec.md#2-file-format';

/** Current spec `model.options` (§2.6). */
const ModelOptions = z.looseObject({
  temperature: z.number().min(0).optional(),
  maxOutputTokens: z.int().positive().optional(),
  topP: z.number().min(0).max(1).optional(),
  frequencyPenalty: z.number().optional(),
  presencePenalty: z.number().optional(),
  seed: z.int().optional(),
  stopSequences: z.array(z.string()).optional(),
});

/** OpenAI's `response_format`, which the earlier spec passes through in `model.parameters`. */
const ResponseFormatParam = z.looseObject({
  type: z.enum(['text', 'json_object', 'json_schema']),
  json_schema: z
    .looseObject({ name: z.string().optional(), schema: z.record(z.string(), z.unknown()), strict: z.boolean().optional() })
    .optional(),
});

/** Earlier spec `model.parameters`, OpenAI's own names. */
const ModelParameters = z.looseObject({
  max_tokens: z.int().positive().optional(),
  temperature: z.number().min(0).optional(),
  top_p: z.number().min(0).max(1).optional(),
  stop: z.union([z.string(), z.array(z.string())]).optional(),
  seed: z.int().optional(),
  presence_penalty: z.number().optional(),
  frequency_penalty: z.number().optional(),
  response_format: ResponseFormatParam.optional(),
});

/** `model: gpt-4o` is `model: {id: gpt-4o}` (§2.4); `configuration`/`parameters` are the earlier spec's. */
const PromptyModel = z.preprocess(
  (value) => (typeof value === 'string' ? { id: value } : value),
  z.looseObject({
    id: z.string().min(1).optional(),
    provider: z.string().optional(),
    apiType: z.string().optional(),
    options: ModelOptions.optional(),
    api: z.string().optional(),
    configuration: z.looseObject({ type: z.string().optional(), name: z.string().optional(), azure_deployment: z.string().optional() }).optional(),
    parameters: ModelParameters.optional(),
  }),
);

const TemplateFormat = z.union([z.string(), z.looseObject({ kind: z.string(), strict: z.boolean().optional() })]);

/** Front matter of both specs; unknown keys are kept, as the spec requires (§2.3). */
const PromptyFrontMatter = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  model: PromptyModel.optional(),
  inputs: PropertyList.optional(),
  outputs: PropertyList.optional(),
  tools: ToolList.optional(),
  template: z.union([z.string(), z.looseObject({ format: TemplateFormat.optional(), type: z.string().optional() })]).optional(),
  sample: z.record(z.string(), z.unknown()).optional(),
});

type PromptyFrontMatter = z.infer<typeof PromptyFrontMatter>;

/** promptgate's provider prefix for each Prompty `model.provider`. */
const PROVIDERS: Record<string, string> = { openai: 'openai', azure: 'azure', foundry: 'azure', anthropic: 'anthropic', ollama: 'ollama' };

/**
 * Read a `.prompty` file (current spec, and the earlier one with `inputs` as a mapping,
 * `sample:` and `model.configuration`): front matter with its references resolved, then a body
 * that renders as one template and splits into messages at role lines.
 */
export async function readPrompty(source: PromptSource): Promise<PromptDraft> {
  const { file } = source;
  const split = splitFrontMatter(source.content, { file });
  const { front, yaml } = await frontMatter(split, source);
  const engine = templateEngine(front, yaml);
  const origin = { file, line: split.bodyLine, column: 1 };
  compileBody(engine, split.body, origin);
  const inputs = inputFacts(properties(front.inputs));
  const used = engine === 'jinja2' ? jinja2Variables(split.body) : mustacheVariables(split.body);
  const guarded = [...(engine === 'jinja2' ? jinja2Guarded(split.body) : mustacheGuarded(split.body))].filter((name) => !inputs.declared.includes(name));
  const defaults = { ...inputs.defaults, ...front.sample };
  const draft: PromptDraft = {
    engine,
    name: front.name,
    description: front.description,
    model: modelId(front.model),
    params: modelParams(front.model),
    responseFormat: outputFormat(properties(front.outputs)) ?? parameterFormat(front.model),
    messages: toMessages(splitRoleLines(split.body, { header: ROLE_LINE, leadingRole: 'system', bodyLine: split.bodyLine }), origin),
    template: dropUndefined({ source: split.body, line: split.bodyLine, strict: strictRoleLines(front), defaults, threads: inputs.threads, required: inputs.required, declared: inputs.declared, guarded, types: inputs.types, media: inputs.media }),
    tools: await promptyTools(front.tools ?? [], yaml, source),
    variables: [...new Set([...inputs.declared, ...used])].sort(),
    tests: [],
  };
  if (Object.keys(defaults).length > 0) draft.defaults = textValues(defaults);
  else delete draft.template!.defaults;
  if (draft.tools?.length === 0) delete draft.tools;
  if (inputs.threads.length === 0) delete draft.template!.threads;
  if (Object.keys(inputs.types).length === 0) delete draft.template!.types;
  if (Object.keys(inputs.media).length === 0) delete draft.template!.media;
  if (guarded.length === 0) delete draft.template!.guarded;
  return dropUndefined(draft);
}

async function frontMatter(split: FrontMatterSplit, source: PromptSource): Promise<{ front: PromptyFrontMatter; yaml: YamlSource }> {
  const yaml = split.yaml === undefined ? emptyYaml(source.file) : parseYaml(split.yaml, { file: source.file, lineOffset: split.yamlLineOffset, hint: PROMPTY_HINT });
  const value = yaml.value ?? {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PromptFileError('the front matter must be a YAML mapping', { location: yaml.locate([]), hint: PROMPTY_HINT });
  }
  const resolved = withoutEmptyKeys(await resolveReferences(value, yaml, source), ['model', 'template']);
  return { front: validateYaml(PromptyFrontMatter, yaml, PROMPTY_HINT, { path: [], value: resolved }), yaml };
}

/** A file without front matter reads as an empty mapping at its first line. */
function emptyYaml(file: string): YamlSource {
  return parseYaml('{}', { file, hint: '' });
}

/** `jinja2` unless `template` names another kind (§2.8); the earlier spec writes `template: jinja2` or `template.type`. */
function templateEngine(front: PromptyFrontMatter, yaml: YamlSource): TemplateEngine {
  const written = front.template;
  const format = typeof written === 'string' ? written : (written?.format ?? written?.type);
  const kind = (typeof format === 'string' ? format : (format?.kind ?? 'jinja2')).toLowerCase();
  // Prompty's TypeScript runtime renders `jinja2` with nunjucks and registers it as `nunjucks` too.
  if (kind === 'jinja2' || kind === 'jinja' || kind === 'nunjucks') return 'jinja2';
  if (kind === 'mustache') return 'full-mustache';
  throw new PromptFileError(`unknown template kind "${kind}"`, {
    location: yaml.locate(['template']),
    hint: 'Prompty renders `jinja2` (the default; `nunjucks` is the same engine) and `mustache` templates.',
  });
}

/** `false` when `template.format.strict: false` turns the runtime's injection defence off (§6.3); it is on by default. */
function strictRoleLines(front: PromptyFrontMatter): false | undefined {
  const format = typeof front.template === 'object' ? front.template.format : undefined;
  return typeof format === 'object' && format.strict === false ? false : undefined;
}

/**
 * A promptgate model id: `<provider>:<id>` for the providers promptgate knows, or from the earlier
 * spec's `configuration`. A model without a provider runs on the configured default.
 */
function modelId(model: PromptyFrontMatter['model']): string | undefined {
  if (model === undefined) return undefined;
  const provider = model.provider ? PROVIDERS[model.provider.toLowerCase()] : undefined;
  if (provider && model.id) return `${provider}:${model.id}`;
  const config = model.configuration;
  const name = config?.type === 'openai' ? configured(config.name) : undefined;
  const deployment = config?.type === 'azure_openai' || config?.type === 'azure' ? configured(config.azure_deployment) : undefined;
  return name ? `openai:${name}` : deployment ? `azure:${deployment}` : undefined;
}

/**
 * A `configuration` value as the runtime reads it with the host's environment unset: the default
 * of `${env:NAME:default}`, unknown for `${env:NAME}` (references there are not resolved
 * before, as `configuration` also holds keys promptgate never uses).
 */
function configured(value: string | undefined): string | undefined {
  const reference = /^\$\{env:[^:}]*:(.+)\}$/i.exec(value ?? '');
  if (reference) return reference[1];
  return value?.includes('${') ? undefined : value;
}

function modelParams(model: PromptyFrontMatter['model']): ModelParams {
  if (model === undefined) return {};
  const o = model.options;
  const p = model.parameters;
  return dropUndefined({
    temperature: o?.temperature ?? p?.temperature,
    maxTokens: o?.maxOutputTokens ?? p?.max_tokens,
    topP: o?.topP ?? p?.top_p,
    stop: o?.stopSequences ?? stopList(p?.stop),
    seed: o?.seed ?? p?.seed,
    presencePenalty: o?.presencePenalty ?? p?.presence_penalty,
    frequencyPenalty: o?.frequencyPenalty ?? p?.frequency_penalty,
  });
}

function parameterFormat(model: PromptyFrontMatter['model']): ResponseFormat | undefined {
  const format = model?.parameters?.response_format;
  if (!format) return undefined;
  const schema = format.json_schema;
  if (format.type !== 'json_schema' || !schema) return { type: format.type };
  return dropUndefined<ResponseFormat>({ type: 'json_schema', name: schema.name, schema: schema.schema, strict: schema.strict });
}

/** Defaults as the text a test would write (the prompt model's variables are text). */
function textValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, varText(value)]));
}
