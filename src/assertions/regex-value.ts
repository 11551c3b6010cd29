import type { RE2JS } from 're2js';

/**
 * Patterns come from pull requests (a `regex` assertion, a JSON Schema `pattern`), and a
 * backtracking engine lets one like `^(a+)+$` spin for minutes on a short text, freezing the
 * App for every installation. They run on RE2 (re2js, pure JavaScript): time linear in the
 * text, whatever the pattern. Linear is still ~1 µs a character here, so both are capped.
 */
export const MAX_PATTERN_LENGTH = 1_000;
/** About 25,000 tokens of model output: searched in ~0.1 s. */
export const MAX_SEARCHED_LENGTH = 100_000;

/** A regex assertion value: a plain pattern (`\d+ days`) or a literal with flags (`/refund/i`). */
const LITERAL = /^\/([\s\S]+)\/([dgimsuvy]*)$/;

/** A compiled pattern, searched in linear time. */
export interface LinearRegex {
  readonly ignoreCase: boolean;
  /** The first match, or null; throws a RegexLimitError on text longer than {@link MAX_SEARCHED_LENGTH}. */
  exec(text: string): { index: number; text: string } | null;
  test(text: string): boolean;
}

/** A text too long to search within the time a pattern may take. */
export class RegexLimitError extends Error {
  override readonly name = 'RegexLimitError';
}

/**
 * Compile a regex assertion value (JavaScript syntax, read into RE2's). Throws a SyntaxError
 * that says why when the pattern is too long or uses what RE2 cannot run in linear time
 * (lookarounds, backreferences).
 */
export function compileRegexValue(value: string, opts: { ignoreCase?: boolean } = {}): LinearRegex {
  const literal = LITERAL.exec(value);
  // The `g` and `y` flags make JavaScript's `test` stateful; `d` only adds indices. None matter here.
  return linearRegex(literal ? literal[1]! : value, `${literal ? literal[2]! : ''}${opts.ignoreCase ? 'i' : ''}`);
}

/**
 * ajv's `code.regExp`: the engine for JSON Schema `pattern` and `patternProperties`, whose
 * schemas come from pull requests too. ajv keys compiled patterns by `toString()`, and reads
 * `code` only when it writes standalone validator source, which promptgate never does.
 */
export const linearRegExp = Object.assign(
  (pattern: string, flags: string): { test(text: string): boolean; toString(): string } => ({
    test: linearRegex(pattern, flags).test,
    toString: () => `/${pattern}/${flags}`,
  }),
  { code: 'linearRegExp' },
);

/** re2js (~270 KB of code) is loaded with the first pattern, not by every run that may compile none. */
let engine: typeof RE2JS | undefined;
const re2 = (): typeof RE2JS => (engine ??= (require('re2js') as typeof import('re2js')).RE2JS);

const compiled = new Map<string, RE2JS>();
const MAX_COMPILED = 1_000;

function linearRegex(pattern: string, flags: string): LinearRegex {
  const re = compile(pattern, flags);
  const searched = (text: string): string => {
    if (text.length > MAX_SEARCHED_LENGTH) {
      throw new RegexLimitError(`the text is ${text.length.toLocaleString('en-US')} characters; patterns search at most ${MAX_SEARCHED_LENGTH.toLocaleString('en-US')}`);
    }
    return text;
  };
  return {
    ignoreCase: flags.includes('i'),
    exec(text) {
      const match = re.exec(searched(text)) as (string[] & { index: number }) | null;
      return match ? { index: match.index, text: match[0]! } : null;
    },
    test: (text) => re.test(searched(text)),
  };
}

function compile(pattern: string, flags: string): RE2JS {
  const key = `${flags}/${pattern}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new SyntaxError(`the pattern is ${pattern.length.toLocaleString('en-US')} characters; at most ${MAX_PATTERN_LENGTH.toLocaleString('en-US')} are allowed`);
  }
  if (flags.includes('v')) throw new SyntaxError(`the \`v\` flag (set notation) is not supported; use \`u\``);
  let re: RE2JS;
  try {
    const RE2 = re2();
    re = RE2.compile(RE2.translateRegExp(pattern), (flags.includes('i') ? RE2.CASE_INSENSITIVE : 0) | (flags.includes('m') ? RE2.MULTILINE : 0) | (flags.includes('s') ? RE2.DOTALL : 0));
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/^error parsing regexp: /, '');
    const unsupported = /Perl syntax|escape sequence/.test(reason) ? ' (patterns run on RE2, in linear time: lookarounds and backreferences are not supported)' : '';
    throw new SyntaxError(`invalid regular expression /${pattern}/: ${reason}${unsupported}`, { cause: err });
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, re);
  return re;
}
