import type { EvalJob } from '../../engine/run-jobs.js';
import type { SuitePrompt } from '../../engine/suite.js';
import { countMessageTokens, countTokens } from '../../prompts/tokens.js';
import { formatCount } from '../../report/format.js';
import { knownContextWindow } from './context-windows.js';
import { userControlledVariables } from '../../probes/variables.js';
import { changedPrompts, findingOf, firstError, nameList, sampleVars, worstStatus, type ChecklistCheck, type ChecklistContext, type Note } from './common.js';

/** Ordinary customer text, repeated to fill a variable when its test value is too short to stand for real input. */
const FILLER =
  'I ordered a cordless drill three weeks ago and it still has not arrived. The tracking page has said "label created" since the day I paid, ' +
  'and nobody answered my last two emails. Could you tell me where the parcel is, and whether I can get a refund if it does not turn up by Friday?';

/**
 * Every changed prompt that takes user input declares `maxInputTokens`; the template, that much
 * input and the reply fit the model's context window; and a drill that fills the user variables
 * to the limit (counted with the model's tokenizer) gets an answer, not a provider error.
 */
export const boundedInputs: ChecklistCheck = {
  id: 'bounded-inputs',
  title: 'Context inputs are bounded',
  async run(ctx) {
    const changed = changedPrompts(ctx);
    if (changed.length === 0) return { status: 'n/a', evidence: 'no prompt changed' };
    const withInput = changed.filter((p) => userControlledVariables(p.prompt).length > 0);
    if (withInput.length === 0) return { status: 'n/a', evidence: `no changed prompt takes user-supplied variables (${nameList(changed.map((p) => p.prompt.id))})` };

    const notes: Note[] = [];
    const unbounded = withInput.filter((p) => p.prompt.meta.maxInputTokens === undefined);
    if (unbounded.length > 0) {
      const names = unbounded.map((p) => `${p.prompt.id} (${userControlledVariables(p.prompt).join(', ')})`);
      notes.push({ status: 'fail', text: `no maxInputTokens for user input: ${nameList(names)}` });
    }
    const bounded = withInput.filter((p) => p.prompt.meta.maxInputTokens !== undefined);
    const fits = await Promise.all(bounded.map(fitsWindow));
    const drills = await atLimitDrill(ctx, bounded);
    // One note per prompt: its window arithmetic, then what the drill at its limit did.
    bounded.forEach((p, i) => {
      const [fit, drill] = [fits[i]!, drills[i]!];
      notes.push({ status: worstStatus([fit, drill]), text: `${p.prompt.id}: ${fit.text}; ${drill.text}` });
    });
    return findingOf(notes);
  },
};

/** Template + input limit + reply budget against the model's context window. */
async function fitsWindow(p: SuitePrompt): Promise<Note> {
  const { prompt, modelId } = p;
  const limit = prompt.meta.maxInputTokens!;
  const window = prompt.meta.contextWindow ?? knownContextWindow(modelId);
  const template = (await countMessageTokens(prompt.messages, modelId)).tokens;
  const reply = prompt.params.maxTokens ?? 0;
  const need = template + limit + reply;
  const sum = `template ${formatCount(template)} + input ${formatCount(limit)}${reply ? ` + reply ${formatCount(reply)}` : ''} = ${formatCount(need)} tokens`;
  if (window === undefined) return { status: 'warn', text: `context window of ${modelId} unknown (${sum}), set contextWindow` };
  if (need > window) return { status: 'fail', text: `${sum} > ${formatCount(window)}-token window of ${modelId}` };
  return { status: 'pass', text: `${sum} ≤ ${formatCount(window)}` };
}

/** One sample per bounded prompt with its user variables filled to `maxInputTokens` together; a note per prompt. */
async function atLimitDrill(ctx: ChecklistContext, prompts: SuitePrompt[]): Promise<Note[]> {
  if (prompts.length === 0) return [];
  const jobs: EvalJob[] = await Promise.all(
    prompts.map(async (p) => {
      const inputs = userControlledVariables(p.prompt);
      const share = Math.floor(p.prompt.meta.maxInputTokens! / inputs.length);
      const vars = sampleVars(p);
      for (const name of inputs) vars[name] = await fillToTokens(vars[name] ?? '', share, p.modelId);
      return { prompt: p.prompt, modelId: p.modelId, test: { id: 'checklist/at-limit', description: 'user input at maxInputTokens', vars, assert: [] }, samples: 1 };
    }),
  );
  const results = await ctx.runHead(jobs);
  return results.map((result, i): Note => {
    const at = `drill at ${formatCount(prompts[i]!.prompt.meta.maxInputTokens!)} input tokens`;
    if (result.outcome !== 'errored') return { status: 'pass', text: `${at} answered` };
    const rejected = result.runs.some((r) => r.error?.kind === 'bad_request');
    // A rejected request is the input's size; any other failure is an outage that decides nothing.
    return { status: rejected ? 'fail' : 'warn', text: `${at} ${rejected ? 'rejected' : 'inconclusive'}: ${firstError(result)}` };
  });
}

/**
 * Text of `target` tokens or just under it (by the model's tokenizer): the seed followed by
 * ordinary prose, repeated, then trimmed word by word.
 */
export async function fillToTokens(seed: string, target: number, modelId: string): Promise<string> {
  const unit = `${seed.trim().length >= 40 ? `${seed.trim()} ` : ''}${FILLER}\n\n`;
  const words = unit.match(/\S+\s*/g)!;
  const count = (text: string) => countTokens(modelId, text);
  const unitTokens = await count(unit);
  const parts = Array.from({ length: Math.floor(target / unitTokens) }, () => unit);
  let text = parts.join('');
  let tokens = await count(text);
  // Every word is at least one token, so adding `missing` words reaches the target and removing
  // `excess` words gets back under it; a recount after each step keeps the total exact.
  for (let next = 0; tokens < target; ) {
    const missing = target - tokens;
    for (let k = 0; k < missing; k++, next++) text += words[next % words.length];
    tokens = await count(text);
  }
  while (tokens > target) {
    const kept = text.match(/\S+\s*/g)!;
    text = kept.slice(0, Math.max(0, kept.length - (tokens - target))).join('');
    tokens = await count(text);
  }
  return text;
}
