import * as z from 'zod';
import { didYouMean } from '../../util/did-you-mean.js';
import { PromptFileError } from '../../util/errors.js';
import type { ModelParams, ResponseFormat } from '../model.js';
import { templateVariables } from '../render.js';
import { decodeAsGhModels, yaml11Note } from './github-models-decode.js';
import { GitHubModelsFile } from './github-models-schema.js';
import { githubModelsTests } from './github-models-tests.js';
import type { PromptDraft, PromptSource } from './types.js';
import { dropUndefined, stopList } from './values.js';
import { parseYaml, validateYaml, type YamlSource } from '../../yaml/index.js';

const GITHUB_MODELS_HINT =
  'See https://docs.github.com/github-models/use-github-models/storing-prompts-in-github-repositories#supported-file-format';

/** `jsonSchema` in its current form (`name`, `description`, `schema`, `strict`, as gh models sends them), as opposed to a bare JSON Schema. */
const WrappedJsonSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  schema: z.record(z.string(), z.unknown()),
  strict: z.boolean().optional(),
});

/** Read a GitHub Models `.prompt.yml` / `.prompt.yaml` file. */
export function readGitHubModels({ file, content }: PromptSource): PromptDraft {
  const source = parseYaml(content, { file, hint: GITHUB_MODELS_HINT });
  decodeAsGhModels(source);
  // An empty file (or only comments) loads in gh models as a file with every key left out: no tests, exit 0.
  const raw = validateYaml(GitHubModelsFile, source, GITHUB_MODELS_HINT, { path: [], value: source.value ?? {} });
  const messages = (raw.messages ?? []).map(({ role, content: text }) => ({ role, content: text }));
  // Before the notes, which read a JSON jsonSchema this has checked.
  const format = responseFormat(raw, source);
  return {
    engine: 'literal',
    // gh models prints an empty name as nothing at all; so does promptgate (the id names the prompt).
    name: raw.name || undefined,
    description: raw.description || undefined,
    model: raw.model || undefined,
    params: modelParams(raw.modelParameters),
    responseFormat: format,
    messages,
    variables: templateVariables(messages.map((m) => m.content).join('\n'), 'literal'),
    tests: githubModelsTests(raw, source),
    ...optionalNotes(readNotes(raw, source, content)),
  };
}

const DIFFERENCES = 'see "Differences from gh models eval" in the README';

/**
 * Where this file's reading deserves a word: a top-level key gh models does not know (it ignores
 * it, and so does promptgate, but a misspelt `testData` silently means no tests); a `jsonSchema`
 * written as YAML or without its `name` or `schema`, which gh models refuses to load and
 * promptgate reads; a testData value gh models' YAML 1.1 reading fills in otherwise.
 */
function readNotes(raw: GitHubModelsFile, source: YamlSource, content: string): string[] {
  // A top-level key starts its line (block style); the located node is its value, often a line below.
  const lines = content.split('\n');
  const at = (key: string) => {
    const keyLine = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`));
    const line = keyLine >= 0 ? keyLine + 1 : source.locate([key]).line;
    return line === undefined ? source.file : `${source.file}:${line}`;
  };
  const known = Object.keys(GitHubModelsFile.shape);
  const notes = Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => `${at(key)}: unknown key "${key}"${didYouMean(key, known)} is ignored, as gh models eval ignores it`);
  if (raw.jsonSchema !== undefined && typeof raw.jsonSchema !== 'string') {
    notes.push(`${at('jsonSchema')}: jsonSchema is written as YAML; gh models eval refuses the file (it reads only a JSON string) and exits 1, promptgate reads it (${DIFFERENCES})`);
  }
  if (raw.responseFormat === 'json_schema' && typeof raw.jsonSchema === 'string') {
    const schema = JSON.parse(raw.jsonSchema) as Record<string, unknown>;
    const lacking = ['name', 'schema'].filter((key) => !Object.hasOwn(schema, key));
    const reading = lacking.includes('schema') ? 'reads it as the JSON Schema itself' : 'sends it under the name "response"';
    if (lacking.length) notes.push(`${at('jsonSchema')}: jsonSchema has no ${lacking.map((k) => `"${k}"`).join(' and no ')}; gh models eval refuses the file and exits 1, promptgate ${reading} (${DIFFERENCES})`);
  }
  notes.push(...parameterNotes(raw.modelParameters, source));
  const yaml11 = yaml11Note(raw.testData ?? [], source, content);
  if (yaml11) notes.push(yaml11);
  return notes;
}

/** The model parameters gh models sends; promptgate's extensions (`stop`, `seed`, penalties) change the request. */
const GH_PARAMETERS = ['maxTokens', 'temperature', 'topP'];

/**
 * `modelParameters` keys the request gets only from promptgate, and keys neither reads (gh models
 * ignores `max_tokens` as silently as a misspelt top-level key): each said at its line.
 */
function parameterNotes(params: GitHubModelsFile['modelParameters'], source: YamlSource): string[] {
  if (!params) return [];
  const known = Object.keys(GitHubModelsFile.shape.modelParameters.unwrap().shape);
  return Object.keys(params)
    .filter((key) => !GH_PARAMETERS.includes(key))
    .map((key) => ({ key, line: (source.locateKey(['modelParameters'], key) ?? source.locate(['modelParameters'])).line ?? 0 }))
    .sort((a, b) => a.line - b.line)
    .map(({ key, line }) => {
      const at = `${source.file}${line ? `:${line}` : ''}`;
      return known.includes(key)
        ? `${at}: modelParameters.${key} is sent by promptgate; gh models eval leaves it out of the request (${DIFFERENCES})`
        : `${at}: unknown key "modelParameters.${key}"${didYouMean(key, known)} is ignored, as gh models eval ignores it`;
    });
}

function optionalNotes(notes: string[]): { readNotes?: string[] } {
  return notes.length ? { readNotes: notes } : {};
}

function modelParams(raw: GitHubModelsFile['modelParameters']): ModelParams {
  if (!raw) return {};
  const { maxTokens, temperature, topP, stop, seed, presencePenalty, frequencyPenalty } = raw;
  return dropUndefined({ maxTokens, temperature, topP, stop: stopList(stop), seed, presencePenalty, frequencyPenalty });
}

/**
 * `responseFormat` names the type; `jsonSchema` (a sibling key) holds the schema, either as a
 * YAML string of JSON (what current gh models requires) or as YAML (what earlier versions read),
 * and either wrapped as `{name, schema, strict}` or as a bare JSON Schema.
 */
function responseFormat(raw: GitHubModelsFile, source: YamlSource): ResponseFormat | undefined {
  if (raw.responseFormat === undefined) return undefined;
  if (raw.responseFormat !== 'json_schema') return { type: raw.responseFormat };
  if (raw.jsonSchema === undefined) {
    throw new PromptFileError('responseFormat json_schema needs a jsonSchema', {
      location: source.locate(['responseFormat']),
      hint: 'Add a top-level "jsonSchema:" with the schema\'s name and schema, e.g. a JSON string {"name": "answer", "schema": {...}}.',
    });
  }
  const schema = typeof raw.jsonSchema === 'string' ? parseJsonSchemaText(raw.jsonSchema, source) : raw.jsonSchema;
  if (!('schema' in schema)) return { type: 'json_schema', schema };
  const wrapped = validateYaml(WrappedJsonSchema, source, GITHUB_MODELS_HINT, { path: ['jsonSchema'], value: schema });
  const { name, description, schema: body, strict } = wrapped;
  return dropUndefined<ResponseFormat>({ type: 'json_schema', name, description, schema: body, strict });
}

function parseJsonSchemaText(text: string, source: YamlSource): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new PromptFileError(`jsonSchema is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, {
      location: source.locate(['jsonSchema']),
      hint: 'Write jsonSchema as a JSON object in a block string (jsonSchema: |-), or as YAML.',
      cause: err,
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PromptFileError('jsonSchema must hold a JSON object', {
      location: source.locate(['jsonSchema']),
      hint: 'Write jsonSchema as {"name": "...", "schema": {...}}.',
    });
  }
  return value as Record<string, unknown>;
}
