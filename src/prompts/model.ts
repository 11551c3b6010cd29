import type { AssertionSpec } from './assertion-spec.js';

/**
 * The one prompt model every file format is read into. Templates stay unrendered here;
 * `render.ts` fills variables for a test.
 */
export type PromptFormat = 'github-models' | 'prompty' | 'dotprompt' | 'plain';
/**
 * How message templates are filled: `mustache` substitutes `{{name}}` (GitHub Models, plain files),
 * `handlebars` per message; `jinja2`, `full-mustache` (Prompty) and `dotprompt` render the whole
 * body by the format's own rules, held in {@link PromptTemplate}.
 */
/** `literal`: GitHub Models' `{{key}}` replacement (any key, exact text, unknown names left as written). */
export type TemplateEngine = 'mustache' | 'handlebars' | 'literal' | 'jinja2' | 'full-mustache' | 'dotprompt';
export type Role = 'system' | 'developer' | 'user' | 'assistant';

export interface PromptMessage {
  role: Role;
  content: string;
}

/**
 * A body rendered as one template and then cut into messages, as Prompty and Dotprompt do: a
 * `{% if %}` may span role lines, and Dotprompt's `{{role}}` and `{{history}}` are helpers.
 * Plain data, so a prompt can be handed to a worker that renders it.
 */
export interface PromptTemplate {
  /** The template text: Prompty's body, or the whole Dotprompt file as its library reads it. */
  source: string;
  /** File line the Prompty body starts on, for the positions of render errors. */
  line?: number;
  /** Inputs the runtime sends as media parts, not text, by name with their kind: Prompty `kind: image`/`file`/`audio`, Dotprompt `{{media url=x}}` (`media`). */
  media?: Record<string, string>;
  /** Prompty `template.format.strict: false`: role lines that come from a variable's value start messages too. */
  strict?: false;
  /** Dotprompt partials by name, read from the prompt's folder when the prompt was loaded. */
  partials?: Record<string, string>;
  /** Prompty `kind: thread` inputs: a test gives them as a JSON list of `{role, content}` messages. */
  threads?: string[];
  /** The defaults as the file writes them (`false` stays a boolean, `3` a number), for variables a test leaves unset. */
  defaults?: Record<string, unknown>;
  /** Variables a test must set: declared required, without a default. */
  required: string[];
  /** Variables the file declares (a test that leaves an undeclared one unset is an error). */
  declared: string[];
  /** Undeclared variables the template provides for when unset (`x | default(…)`, `{% if x %}`, `{{#if x}}`): a test may leave them out. */
  guarded?: string[];
  /**
   * Declared scalar types: a test's text for these is passed as the typed value (`"false"` as
   * `false`, `"10"` as `10`), as a program calling the runtime passes it.
   */
  types?: Record<string, ScalarType>;
}

export type ScalarType = 'boolean' | 'number';

/** A function the model may call, sent as the provider's tool definition. */
export interface ToolDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments (an object schema). */
  parameters: Record<string, unknown>;
  strict?: boolean;
}

/** Sampling parameters in provider-neutral names. */
export interface ModelParams {
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  stop?: string[];
  seed?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
}

export interface ResponseFormat {
  type: 'text' | 'json_object' | 'json_schema';
  /** For `json_schema`: the schema's name, what it is for, and the schema itself. */
  name?: string;
  description?: string;
  schema?: Record<string, unknown>;
  strict?: boolean;
}

/** One test of a prompt: variables to fill and assertions to check on the output. */
export interface PromptTestCase {
  /** Stable within the prompt: an explicit id, else derived from position and vars. */
  id: string;
  description?: string;
  vars: Record<string, string>;
  /**
   * A GitHub Models `testData` row whose values are not all text, with their YAML types
   * (numbers, lists, null): `gh models eval --json` prints the row so, as its `testCase`.
   */
  row?: Record<string, unknown>;
  /** GitHub Models `expected`, available to evaluators as `{{expected}}`. */
  expected?: string;
  assert: AssertionSpec[];
  repeat?: number;
  /** Generated tests say what they probe, e.g. `adversarial/direct-override` or `grounding`. */
  category?: string;
  /** An injection probe's attack text, as sent in the user's input: what reproduces a failure. */
  attack?: string;
  /** Text appended to the system prompt for this test only (e.g. an adversarial test's canary). */
  inject?: { system: string };
  /** Where the test is defined (file and 1-based line), for annotations and messages. */
  source?: { file: string; line?: number };
}

/** Readiness flags that `promptgate.yml` may set on a prompt. */
export interface PromptMeta {
  interactive?: boolean;
  critical?: boolean;
  grounded?: boolean;
  maxInputTokens?: number;
  /** Context window of the model, when the config states it (else a known model's). */
  contextWindow?: number;
  /** Run the built-in adversarial pack on this prompt's user-controlled variables (default true). */
  adversarial?: boolean;
  /** What the application does when every provider is down: a static response or an error contract. */
  degraded?: { response?: string; error?: string };
}

export interface Prompt {
  /** Stable id: from config, else the path without its prompt extension. */
  id: string;
  /** Repository-relative path with forward slashes. */
  path: string;
  format: PromptFormat;
  engine: TemplateEngine;
  name?: string;
  description?: string;
  /** Model id as written in the file (e.g. `openai/gpt-4o-mini`), if any. */
  model?: string;
  params: ModelParams;
  responseFormat?: ResponseFormat;
  /**
   * The messages as templates, one per role section of the file; what token counts and the
   * adversarial checks read. Rendering uses `template` instead when it is set.
   */
  messages: PromptMessage[];
  template?: PromptTemplate;
  /** Functions the prompt offers the model (Prompty `tools`). */
  tools?: ToolDefinition[];
  /** Variables the templates use (declared or discovered), sorted. */
  variables: string[];
  /**
   * Values for variables a test does not set: Prompty `inputs.<name>.default` (or the earlier
   * spec's `sample`), Dotprompt `input.default`.
   */
  defaults?: Record<string, string>;
  tests: PromptTestCase[];
  /**
   * What a reader of the run should know about how the file was read, each with its file:line:
   * keys its own tool ignores too, or where promptgate reads it where that tool would refuse it.
   */
  readNotes?: string[];
  /** Short content hash: the first 12 hex digits of SHA-256 of the file. */
  version: string;
  meta: PromptMeta;
}
