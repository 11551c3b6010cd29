import { posix } from 'node:path';
import * as z from 'zod';
import { PromptFileError, UserError } from '../../util/errors.js';
import type { ModelParams, PromptMessage, ResponseFormat, Role, ScalarType } from '../model.js';
import { checkCompiles, compileTemplate, DOTPROMPT_HELPERS, dotpromptInstance } from '../dotprompt-library.js';
import { handlebars, handlebarsGuarded, handlebarsMediaNames, handlebarsVariables } from '../handlebars.js';
import { DOTPROMPT_HINT, libraryError, lineAt, noMessages, partialReference, ROLE_BLOCK } from './dotprompt-errors.js';
import { linkedPath, MAX_PROMPT_BYTES } from './linked-files.js';
import type { PromptDraft, PromptSource } from './types.js';
import { dropUndefined, varText, withoutEmptyKeys } from './values.js';
import { parseYaml, validateYaml } from '../../yaml/index.js';

/**
 * How the library splits front matter from the template: `---` on the very first line (a file
 * that starts otherwise is all template, front matter and comments included).
 */
const FRONT_MATTER = /^---\s*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---\s*(?:\r\n|\r|\n)([\s\S]*)$/d;

/** The front matter keys promptgate uses; the library keeps all others (tools, `ext`, `a.b` keys). */
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
  input: z.looseObject({ default: z.record(z.string(), z.unknown()).optional() }).optional(),
  output: z.looseObject({ format: z.string().optional() }).optional(),
});

type DotpromptFrontMatter = z.infer<typeof DotpromptFrontMatter>;


/**
 * Read a `.prompt` (Dotprompt) file with the official `dotprompt` library: the file loads when
 * the library compiles it, partials come from the prompt's folder as Dotprompt's directory store
 * finds them (`{{> name}}` is `_name.prompt`), and what the library refuses is a PromptFileError
 * at the line its message names. It renders only for a test, in the render worker.
 */
export async function readDotprompt(source: PromptSource): Promise<PromptDraft> {
  const { file, content } = source;
  const layout = fileLayout(content);
  const yaml = layout.yaml === undefined ? undefined : parseYaml(layout.yaml, { file, lineOffset: layout.yamlLineOffset, hint: DOTPROMPT_HINT });
  const front = yaml ? validateYaml(DotpromptFrontMatter, yaml, DOTPROMPT_HINT, { path: [], value: withoutEmptyKeys(yaml.value ?? {}, ['input', 'output', 'config']) }) : {};
  const partials: Record<string, string> = {};
  const library = dotpromptInstance({ partialResolver: (name) => readPartial(source, name, partials) });
  const defaults = front.input?.default ?? {};
  let metadata;
  try {
    metadata = await library.renderMetadata(content);
    // Compiling reads the partials; the file is not rendered here (see checkCompiles).
    await library.compile(content);
    checkCompiles(layout.template, partials);
  } catch (err) {
    // Ours (a partial out of the folder, a cap reached while reading partials) pass through as they are.
    throw err instanceof UserError ? err : libraryError(err, { file, content, templateLine: layout.templateLine, subject: 'this file' });
  }
  if (ROLE_BLOCK.test(layout.template) || isEmpty(layout.template)) throw noMessages(file, layout);
  const schema = (metadata.input?.schema ?? {}) as { properties?: Record<string, { type?: unknown }>; required?: string[] };
  const declared = Object.keys(schema.properties ?? {});
  const names = templateNames(layout.template, partials);
  const variables = [...new Set([...declared, ...names.used])].sort();
  const draft: PromptDraft = {
    engine: 'dotprompt',
    name: front.name,
    description: front.description,
    model: front.model,
    params: modelParams(front.config),
    responseFormat: responseFormat(front, metadata.output?.schema),
    messages: templateMessages(layout.template),
    template: { source: content, partials, defaults, required: (schema.required ?? []).filter((n) => !(n in defaults)), declared, guarded: names.guarded.filter((n) => !declared.includes(n)), types: scalarTypes(schema.properties ?? {}), media: names.media },
    variables,
    tests: [],
  };
  if (Object.keys(partials).length === 0) delete draft.template!.partials;
  if (Object.keys(draft.template!.types!).length === 0) delete draft.template!.types;
  if (draft.template!.guarded!.length === 0) delete draft.template!.guarded;
  if (Object.keys(names.media).length === 0) delete draft.template!.media;
  if (Object.keys(defaults).length === 0) delete draft.template!.defaults;
  if (Object.keys(defaults).length > 0) draft.defaults = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, varText(v)]));
  return dropUndefined(draft);
}

interface FileLayout {
  yaml?: string;
  yamlLineOffset: number;
  /** The template as the library sees it, and the file line it starts on. */
  template: string;
  templateLine: number;
}

function fileLayout(content: string): FileLayout {
  const match = FRONT_MATTER.exec(content);
  if (!match) return { yamlLineOffset: 0, template: content, templateLine: 1 };
  const body = match[2]!;
  const bodyStart = match.indices![2]![0];
  const leading = body.length - body.trimStart().length;
  return {
    yaml: match[1]!,
    yamlLineOffset: lineAt(content, match.indices![1]![0]) - 1,
    template: body.trim(),
    templateLine: lineAt(content, bodyStart + leading),
  };
}

/**
 * `{{> name}}` is `_name.prompt` (a `dir/name` partial: `dir/_name.prompt`) beside the prompt. A
 * name leading out of the prompt's folder is refused where it is written, before anything is read.
 */
async function readPartial(source: PromptSource, name: string, found: Record<string, string>): Promise<string | null> {
  const path = linkedPath(source.file, posix.join(posix.dirname(name), `_${posix.basename(name)}.prompt`));
  if (path === undefined) {
    throw new PromptFileError(`the partial {{> ${name}}} points outside the prompt's folder`, {
      location: { file: source.file, line: lineAt(source.content, Math.max(0, partialReference(source.content, name))), column: 1 },
      hint: 'Dotprompt reads a partial from the prompt\'s folder or below it: name it by a relative path without `..`, e.g. {{> shared/footer}} for shared/_footer.prompt.',
    });
  }
  const text = await source.readFile(path);
  if (text === undefined || text.includes('\0') || Buffer.byteLength(text, 'utf8') > MAX_PROMPT_BYTES) return null;
  try {
    compileTemplate(text);
  } catch (err) {
    // The library would report it against the prompt; it is the partial's, at the partial's line.
    throw libraryError(err, { file: path, content: text, templateLine: 1, subject: `the partial {{> ${name}}}` });
  }
  found[name] = text;
  return text;
}

/** A template of comments and blank space renders no message whatever the values. */
function isEmpty(template: string): boolean {
  return handlebars()
    .parse(template)
    .body.every((s) => s.type === 'CommentStatement' || (s.type === 'ContentStatement' && (s as hbs.AST.ContentStatement).value.trim() === ''));
}

/** The template cut at `{{role "…"}}` markers: the messages as templates, for token counts and checks. */
function templateMessages(template: string): PromptMessage[] {
  const roles: Record<string, Role> = { system: 'system', user: 'user', model: 'assistant' };
  const messages: PromptMessage[] = [];
  let role: Role = 'user';
  let start = 0;
  const flush = (end: number): void => {
    const content = template.slice(start, end).trim();
    if (content !== '') messages.push({ role, content });
  };
  for (const marker of template.matchAll(/\{\{\s*role\s+["']([a-z]+)["']\s*\}\}/g)) {
    flush(marker.index);
    role = roles[marker[1]!] ?? 'user';
    start = marker.index + marker[0].length;
  }
  flush(template.length);
  return messages;
}

/** Input fields the schema types boolean, number or integer (`flag?: boolean` is `["boolean", "null"]`). */
function scalarTypes(properties: Record<string, { type?: unknown }>): Record<string, ScalarType> {
  const types: Record<string, ScalarType> = {};
  for (const [name, property] of Object.entries(properties)) {
    const written = [property?.type].flat().filter((t) => t !== 'null');
    if (written.length !== 1) continue;
    if (written[0] === 'boolean') types[name] = 'boolean';
    else if (written[0] === 'number' || written[0] === 'integer') types[name] = 'number';
  }
  return types;
}

/** The names the template and its partials read, those it tests before use (`{{#if x}}`), and those it sends as media. */
function templateNames(template: string, partials: Record<string, string>): { used: string[]; guarded: string[]; media: Record<string, string> } {
  const used = new Set<string>();
  const guarded = new Set<string>();
  const media = new Set<string>();
  for (const text of [template, ...Object.values(partials)]) {
    const ast = handlebars().parse(text);
    for (const name of handlebarsVariables(ast)) if (!DOTPROMPT_HELPERS.has(name)) used.add(name);
    handlebarsGuarded(ast, false, guarded);
    handlebarsMediaNames(ast, media);
  }
  return { used: [...used], guarded: [...guarded], media: Object.fromEntries([...media].map((name) => [name, 'media'])) };
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

/** `output.format: json` asks for JSON; with an `output.schema` (as the library converts it) the schema is enforced too. */
function responseFormat(front: DotpromptFrontMatter, schema: unknown): ResponseFormat | undefined {
  const format = front.output?.format;
  if (format !== undefined && format !== 'json') return undefined;
  if (schema !== null && typeof schema === 'object') return { type: 'json_schema', schema: schema as Record<string, unknown> };
  return format === 'json' ? { type: 'json_object' } : undefined;
}
