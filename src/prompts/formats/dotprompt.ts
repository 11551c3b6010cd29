import * as z from 'zod';
import { PromptFileError } from '../../util/errors.js';
import type { ModelParams, ResponseFormat, Role } from '../model.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import { handlebarsVariables, parseHandlebars } from './handlebars.js';
import { PicoschemaError, picoschemaToJsonSchema } from './picoschema.js';
import { positionAt, startOf, toMessages, type MessageSource } from './role-lines.js';
import type { PromptDraft, PromptSource } from './types.js';
import { dropUndefined, varText } from './values.js';
import type { YamlSource } from './yaml-source.js';

const DOTPROMPT_HINT = 'See the Dotprompt reference: https://google.github.io/dotprompt/reference/frontmatter/';

/** Dotprompt front matter; other keys (tools, ext, namespaced `a.b` keys …) are tolerated. */
const DotpromptFrontMatter = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  model: z.string().min(1).optional(),
  config: z
    .looseObject({
      temperature: z.number().min(0).optional(),
      maxOutputTokens: z.int().positive().optional(),
      topP: z.number().min(0).max(1).optional(),
      stopSequences: z.array(z.string()).optional(),
      seed: z.int().optional(),
      presencePenalty: z.number().optional(),
      frequencyPenalty: z.number().optional(),
    })
    .optional(),
  input: z.looseObject({ schema: z.unknown().optional(), default: z.record(z.string(), z.unknown()).optional() }).optional(),
  output: z.looseObject({ format: z.string().optional(), schema: z.unknown().optional() }).optional(),
});

type DotpromptFrontMatter = z.infer<typeof DotpromptFrontMatter>;

/** `{{role "system"}}` or `{{ role 'user' }}`. */
const ROLE_MARKER = /\{\{\s*role\s+(?:"([a-z]+)"|'([a-z]+)')\s*\}\}/g;
const ROLES: Record<string, Role> = { system: 'system', user: 'user', model: 'assistant', assistant: 'assistant' };

/**
 * Read a `.prompt` (Dotprompt) file: optional YAML front matter, then a Handlebars body whose
 * `{{role "…"}}` markers start messages (text before the first marker is a user message).
 */
export function readDotprompt({ file, content }: PromptSource): PromptDraft {
  const split = splitFrontMatter(content, { file, allowLeadingComments: true });
  const { data: front, source } = readFrontMatter(DotpromptFrontMatter, split, { file, hint: DOTPROMPT_HINT });
  const sources = splitRoleMarkers(split.body, file, split.bodyLine);
  const variables = new Set(Object.keys(inputSchema(front, source)?.properties ?? {}));
  for (const message of sources) {
    const ast = parseHandlebars(message.content, { file, line: message.line, column: message.column });
    for (const name of handlebarsVariables(ast)) variables.add(name);
  }
  const defaults = Object.fromEntries(Object.entries(front.input?.default ?? {}).map(([k, v]) => [k, varText(v)]));
  const draft: PromptDraft = {
    engine: 'handlebars',
    name: front.name,
    description: front.description,
    model: front.model,
    params: modelParams(front.config),
    responseFormat: responseFormat(front, source),
    messages: toMessages(sources, { file, line: split.bodyLine }),
    variables: [...variables].sort(),
    tests: [],
  };
  if (Object.keys(defaults).length > 0) draft.defaults = defaults;
  return dropUndefined(draft);
}

function splitRoleMarkers(body: string, file: string, bodyLine: number): MessageSource[] {
  const messages: MessageSource[] = [];
  let role: Role = 'user';
  let start = 0;
  const flush = (end: number): void => {
    const raw = body.slice(start, end);
    const content = raw.trim();
    if (content !== '') messages.push({ role, content, ...startOf(raw, ...positionAt(body, start, bodyLine)) });
  };
  for (const marker of body.matchAll(ROLE_MARKER)) {
    flush(marker.index);
    const name = (marker[1] ?? marker[2])!;
    const next = ROLES[name];
    if (!next) {
      const [line, column] = positionAt(body, marker.index, bodyLine);
      throw new PromptFileError(`unknown role "${name}"`, {
        location: { file, line, column },
        hint: 'Use {{role "system"}}, {{role "user"}} or {{role "model"}}.',
      });
    }
    role = next;
    start = marker.index + marker[0].length;
  }
  flush(body.length);
  return messages;
}

function modelParams(config: DotpromptFrontMatter['config']): ModelParams {
  if (!config) return {};
  return dropUndefined({
    temperature: config.temperature,
    maxTokens: config.maxOutputTokens,
    topP: config.topP,
    stop: config.stopSequences,
    seed: config.seed,
    presencePenalty: config.presencePenalty,
    frequencyPenalty: config.frequencyPenalty,
  });
}

/** `output.format: json` asks for JSON; with an `output.schema` the schema is enforced too. */
function responseFormat(front: DotpromptFrontMatter, source: YamlSource | undefined): ResponseFormat | undefined {
  const output = front.output;
  if (!output || (output.format !== undefined && output.format !== 'json')) return undefined;
  if (output.schema === undefined) return output.format === 'json' ? { type: 'json_object' } : undefined;
  return { type: 'json_schema', schema: convertSchema(output.schema, ['output', 'schema'], source) };
}

/** The input schema as JSON Schema; its top-level properties are the prompt's declared variables. */
function inputSchema(front: DotpromptFrontMatter, source: YamlSource | undefined): { properties?: Record<string, unknown> } | undefined {
  const schema = front.input?.schema;
  if (schema === undefined) return undefined;
  return convertSchema(schema, ['input', 'schema'], source) as { properties?: Record<string, unknown> };
}

function convertSchema(schema: unknown, path: string[], source: YamlSource | undefined): Record<string, unknown> {
  try {
    return picoschemaToJsonSchema(schema);
  } catch (err) {
    if (!(err instanceof PicoschemaError) || !source) throw err;
    throw new PromptFileError(`invalid schema in ${path.join('.')}: ${err.message}`, {
      location: source.locate([...path, ...err.path]),
      hint: 'Write fields as `name: type` or `name?: type, description`; types are string, number, integer, boolean, null and any.',
    });
  }
}
