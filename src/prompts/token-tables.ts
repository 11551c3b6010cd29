export type TokenEncoding = 'o200k_base' | 'cl100k_base';
export type CountFn = (text: string) => number;

/** Loads one gpt-tokenizer table (a dynamic import: tens of MB, loaded only to count). */
export async function loadCounter(encoding: TokenEncoding): Promise<CountFn> {
  const mod =
    encoding === 'o200k_base'
      ? await import('gpt-tokenizer/encoding/o200k_base')
      : await import('gpt-tokenizer/encoding/cl100k_base');
  // Prompt text may quote special tokens like <|endoftext|>; count them as the plain text they are.
  const asText = { disallowedSpecial: new Set<string>() };
  return (text) => mod.countTokens(text, asText);
}
