import type { z } from 'zod';
import { PromptFileError } from '../../util/errors.js';
import { parseYaml, validateYaml, type YamlSource } from '../../yaml/index.js';

/** A file split into its YAML front matter and the template body after it. */
export interface FrontMatterSplit {
  /** The YAML between the `---` lines; undefined when the file has no front matter. */
  yaml?: string;
  /** Lines of the file before the YAML starts, to offset YAML positions. */
  yamlLineOffset: number;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

export interface FrontMatterOptions {
  file: string;
}

/** Prompty fences front matter with `---` or `+++`, whitespace around it allowed (its spec, §2.2). */
const FENCE = /^\s*(?:---|\+\+\+)\s*$/;

/**
 * Split fenced front matter from the body, as Prompty does: blank lines may precede the opening
 * fence; a file that does not start with one has no front matter. An opening fence without a
 * closing one is an error, because the whole file would otherwise silently become YAML or template.
 */
export function splitFrontMatter(content: string, opts: FrontMatterOptions): FrontMatterSplit {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && /^\s*$/.test(lines[open]!)) open++;
  if (open >= lines.length || !FENCE.test(lines[open]!)) {
    return { yamlLineOffset: 0, body: lines.join('\n'), bodyLine: 1 };
  }
  const close = lines.findIndex((line, i) => i > open && FENCE.test(line));
  if (close === -1) {
    throw new PromptFileError('front matter is never closed', {
      location: { file: opts.file, line: open + 1, column: 1 },
      hint: 'Add a line containing only "---" after the front matter, before the prompt text.',
    });
  }
  return {
    yaml: lines.slice(open + 1, close).join('\n'),
    yamlLineOffset: open + 1,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/** Validated front matter and the YAML it came from (undefined when the file has none). */
export interface FrontMatter<T> {
  data: T;
  source?: YamlSource;
}

/**
 * Parse and validate the front matter of a split file. No front matter, or one holding only
 * comments, means no keys, which the schema decides is fine or not.
 */
export function readFrontMatter<T>(schema: z.ZodType<T>, split: FrontMatterSplit, opts: { file: string; hint: string }): FrontMatter<T> {
  if (split.yaml === undefined) return { data: validateYaml(schema, emptySource(opts.file), opts.hint) };
  const source = parseYaml(split.yaml, { file: opts.file, lineOffset: split.yamlLineOffset, hint: opts.hint });
  return { data: validateYaml(schema, source, opts.hint, { path: [], value: source.value ?? {} }), source };
}

/** A file without front matter reads as an empty mapping at its first line. */
function emptySource(file: string): YamlSource {
  return parseYaml('{}', { file, hint: '' });
}
