/**
 * Errors a user can act on. Every message says what was wrong, where (file:line:column when
 * known) and what to do. The CLI prints `format()`; it never prints a stack trace for these.
 */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class UserError extends Error {
  readonly location?: SourceLocation;
  readonly hint?: string;

  constructor(message: string, opts: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.location = opts.location;
    this.hint = opts.hint;
  }

  /** `file:line:col: message` followed by the hint on its own line. */
  format(): string {
    const where = formatLocation(this.location);
    const head = where ? `${where}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  → ${this.hint}` : head;
  }
}

/** A `promptgate.yml` that does not parse or does not match the schema. */
export class ConfigError extends UserError {
  override readonly name = 'ConfigError';
}

/** A prompt file that cannot be read into the prompt model. */
export class PromptFileError extends UserError {
  override readonly name = 'PromptFileError';
}

/**
 * A pull request needs more than a cap of the trusted config allows (tests, model calls, files,
 * tokens, a model it may not use). Never a truncation and never a pass: the verdict is `error`.
 */
export class LimitError extends UserError {
  override readonly name = 'LimitError';
}

export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/** A message for anything thrown, without a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.format();
  if (err instanceof Error) return err.message;
  return String(err);
}
