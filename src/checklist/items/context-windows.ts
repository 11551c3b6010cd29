/**
 * Context windows (input and output tokens together) of well-known model families, from the
 * providers' model pages. A prompt's `contextWindow` in promptgate.yml overrides this table;
 * a model missing from it is reported as unknown rather than guessed.
 */
const KNOWN_WINDOWS: readonly [family: RegExp, tokens: number][] = [
  [/^gpt-4\.1(-mini|-nano)?(?=$|-)/, 1_047_576],
  [/^(gpt-4o|chatgpt-4o)(?=$|-)/, 128_000],
  [/^gpt-4-(turbo|\d{4}-preview)(?=$|-)/, 128_000],
  [/^gpt-4-32k(?=$|-)/, 32_768],
  [/^gpt-4(?=$|-\d{4}$)/, 8_192],
  [/^gpt-3\.5-turbo(?=$|-)/, 16_385],
  [/^gpt-5(?=$|[-.])/, 400_000],
  [/^gpt-oss(?=$|-)/, 131_072],
  [/^o1-(mini|preview)(?=$|-)/, 128_000],
  [/^(o1|o3|o3-mini|o4-mini)(?=$|-)/, 200_000],
  [/^claude-/, 200_000],
  [/^gemini-1\.5-pro(?=$|-)/, 2_097_152],
  [/^gemini-(1\.5-flash|2\.0|2\.5)(?=$|-)/, 1_048_576],
  [/^(meta-)?llama-?3\.[123](?=$|[-:])/, 128_000],
  [/^mistral-large(?=$|-)/, 128_000],
  [/^phi-4$/, 16_384],
  [/^deepseek-(r1|v3)(?=$|-)/, 128_000],
];

/** The context window of a model id (`github:openai/gpt-4o-mini`, `anthropic:claude-haiku-4-5` …), if known. */
export function knownContextWindow(modelId: string): number | undefined {
  const name = modelId
    .trim()
    .toLowerCase()
    .replace(/^[a-z0-9-]+:/, '')
    .replace(/^.*\//, '');
  return KNOWN_WINDOWS.find(([family]) => family.test(name))?.[1];
}
