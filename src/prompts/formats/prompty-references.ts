import { PromptFileError } from '../../util/errors.js';
import { readLinkedFile } from './linked-files.js';
import type { PromptSource } from './types.js';
import { parseYaml, type YamlSource } from '../../yaml/index.js';

/** A whole string value `${protocol:content}` (Prompty resolves only whole values, §2.11). */
const REFERENCE = /^\$\{([A-Za-z]+):([\s\S]*)\}$/;

/**
 * Keys whose values promptgate never uses: where and how to connect (providers come from the
 * trusted configuration), tool bindings (promptgate runs no tool) and free-form metadata.
 * References inside them are left as written, so they neither read files nor need a value.
 */
const UNUSED_KEYS = new Set(['connection', 'configuration', 'bindings', 'metadata']);

const HINT = 'See Prompty references: https://github.com/microsoft/prompty/blob/main/spec/spec.md#211-reference-resolution';

/**
 * Resolve Prompty's `${env:…}` and `${file:…}` references in front matter, walking every value
 * as the runtime does.
 *
 * - `${env:NAME:default}` is its default. promptgate does not read the host's environment for
 *   a prompt file: the file may come from an untrusted pull request, and the runner's
 *   environment holds secrets. `${env:NAME}` without a default is therefore an error wherever
 *   promptgate uses the value.
 * - `${file:path}` is the file's content (JSON or YAML parsed by extension, else text), read
 *   from the same commit and only inside the prompt file's folder, as the spec requires.
 */
export async function resolveReferences(value: unknown, yaml: YamlSource, source: PromptSource): Promise<unknown> {
  return walk(value, [], { yaml, source });
}

interface Context {
  yaml: YamlSource;
  source: PromptSource;
}

async function walk(value: unknown, path: PropertyKey[], ctx: Context): Promise<unknown> {
  if (typeof value === 'string') return resolveString(value, path, ctx);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const [i, item] of value.entries()) out.push(await walk(item, [...path, i], ctx));
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = UNUSED_KEYS.has(key) ? item : await walk(item, [...path, key], ctx);
    return out;
  }
  return value;
}

async function resolveString(value: string, path: PropertyKey[], ctx: Context): Promise<unknown> {
  const match = REFERENCE.exec(value);
  if (!match) return value;
  const protocol = match[1]!.toLowerCase();
  const content = match[2]!;
  if (protocol === 'env') return envDefault(content, path, ctx);
  if (protocol === 'file') return fileContent(content.trim(), path, ctx);
  return value;
}

function envDefault(content: string, path: PropertyKey[], ctx: Context): string {
  const colon = content.indexOf(':');
  const name = colon === -1 ? content : content.slice(0, colon);
  const fallback = colon === -1 ? '' : content.slice(colon + 1);
  if (fallback !== '') return fallback;
  throw new PromptFileError(`\`\${env:${name}}\` asks for the host's environment, which promptgate does not read for prompt files`, {
    location: ctx.yaml.locate(path),
    hint: `Give it a default, \`\${env:${name}:value}\` (promptgate uses the default), or write the value itself. ${HINT}`,
  });
}

async function fileContent(link: string, path: PropertyKey[], ctx: Context): Promise<unknown> {
  const at = ctx.yaml.locate(path);
  const { path: target, text } = await readLinkedFile(ctx.source, link, at, 'the referenced file');
  const lower = target.toLowerCase();
  if (lower.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new PromptFileError(`the referenced file ${target} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, {
        location: at,
        hint: 'Fix the JSON, or reference a .yaml or text file instead.',
      });
    }
  }
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseYaml(text, { file: target, hint: HINT }).value;
  return text;
}
