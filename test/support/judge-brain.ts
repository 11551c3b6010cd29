import type { PromptMessage } from '../../src/prompts/model.js';

/**
 * How the scripted model server answers judge requests. It recognises promptgate's own judge
 * prompts by their fixed opening sentences and answers deterministically from measurable
 * properties of the texts, so a better output really earns a better grade:
 *
 * - llm-rubric (system starts "You grade an AI assistant's output against a rubric."): the
 *   rubric's checks are (a) every "quoted phrase" appears in the output (case-insensitive);
 *   (b) keyword rules: polite/friendly/courteous → the output says thanks, please or "happy
 *   to"; concise/short/brief → at most 40 words; JSON → the output parses (a ``` fence is
 *   fine); declines/refuses/admits not knowing → "don't know", "not sure" or "cannot". With
 *   any such check, score = share of checks met and pass = all met. Without, score = share of
 *   the rubric's content words found in the output, pass at ≥ 0.5. Answer: JSON
 *   {pass, score, reason}.
 * - GitHub built-ins (system starts "You rate an AI assistant's answer for <metric> on a
 *   scale from 1 to 5."): rating = 1 + round(4 × share), where share is, per metric:
 *   relevance: question content words found in the answer; groundedness: answer content words
 *   found in the context; similarity: reference content words found in the answer;
 *   fluency: sentences that start with a capital and end in . ! or ?; coherence: such
 *   sentences that also have at least three words. A word repeated back to back costs
 *   fluency and coherence one point. Answer: the rating alone, as the rubric asks.
 * - User-defined `llm` evaluators are sent as written, so they are answered by the ordinary
 *   rules of ./scripted-answers.ts (e.g. a system prompt that says `one of: yes, no`).
 *
 * Returns undefined for requests that are not judge requests.
 */
export function answerJudge(messages: PromptMessage[]): string | undefined {
  const system = messages
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map((m) => m.content)
    .join('\n');
  const user = messages.findLast((m) => m.role === 'user')?.content ?? '';
  if (system.startsWith(RUBRIC_OPENING)) return JSON.stringify(gradeRubric(block(user, 'rubric'), block(user, 'output')));
  const metric = BUILTIN_OPENING.exec(system)?.[1] as Metric | undefined;
  if (metric) return rate(metric, user);
  return undefined;
}

const RUBRIC_OPENING = "You grade an AI assistant's output against a rubric.";
const BUILTIN_OPENING = /^You rate an AI assistant's answer for (similarity|coherence|fluency|relevance|groundedness) on a scale from 1 to 5\./;

type Metric = 'similarity' | 'coherence' | 'fluency' | 'relevance' | 'groundedness';

interface RubricCheck {
  label: string;
  met: boolean;
}

function gradeRubric(rubric: string, output: string): { pass: boolean; score: number; reason: string } {
  const checks = rubricChecks(rubric, output);
  if (checks.length === 0) {
    const share = shareFound(contentWords(rubric), contentWords(output));
    const pass = share >= 0.5;
    return { pass, score: round2(share), reason: `${Math.round(share * 100)}% of the rubric's key words appear in the output` };
  }
  const missed = checks.filter((c) => !c.met);
  const score = round2((checks.length - missed.length) / checks.length);
  const reason =
    missed.length === 0
      ? `The output meets the rubric: ${checks.map((c) => c.label).join('; ')}.`
      : `The output fails the rubric: ${missed.map((c) => c.label).join('; ')}.`;
  return { pass: missed.length === 0, score, reason };
}

function rubricChecks(rubric: string, output: string): RubricCheck[] {
  const lower = output.toLowerCase();
  const checks: RubricCheck[] = [...rubric.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => {
    const phrase = (m[1] ?? m[2] ?? '').toLowerCase();
    return { label: `mentions "${phrase}"`, met: lower.includes(phrase) };
  });
  if (/\b(polite|friendly|courteous)\b/i.test(rubric)) {
    checks.push({ label: 'polite (thanks, please or happy to)', met: /\b(thanks|thank you|please|happy to)\b/i.test(output) });
  }
  if (/\b(concise|short|brief)\b/i.test(rubric)) {
    const words = output.split(/\s+/).filter(Boolean).length;
    checks.push({ label: `concise (${words} words, at most 40)`, met: words <= 40 });
  }
  if (/\bjson\b/i.test(rubric)) checks.push({ label: 'valid JSON', met: parsesAsJson(output) });
  if (/\b(declines?|refuses?|admits? (not knowing|it does not know))\b/i.test(rubric)) {
    checks.push({ label: 'declines (don’t know, not sure or cannot)', met: /\b(don't know|do not know|not sure|cannot|can't)\b/i.test(output) });
  }
  return checks;
}

function rate(metric: Metric, prompt: string): string {
  const answer = block(prompt, 'answer');
  const share = measure(metric, prompt, answer);
  const penalty = (metric === 'fluency' || metric === 'coherence') && /\b(\w+)\s+\1\b/i.test(answer) ? 1 : 0;
  return String(Math.min(5, Math.max(1, 1 + Math.round(4 * share) - penalty)));
}

function measure(metric: Metric, prompt: string, answer: string): number {
  switch (metric) {
    case 'relevance':
      return shareFound(contentWords(block(prompt, 'question')), contentWords(answer));
    case 'groundedness':
      return shareFound(contentWords(answer), contentWords(block(prompt, 'context')));
    case 'similarity':
      return shareFound(contentWords(block(prompt, 'reference')), contentWords(answer));
    case 'fluency':
    case 'coherence': {
      const sentences = answer.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
      const good = sentences.filter((s) => /^\s*["'(]?[A-Z0-9]/.test(s) && /[.!?]["')]?\s*$/.test(s));
      const counted = metric === 'coherence' ? good.filter((s) => s.split(/\s+/).filter(Boolean).length >= 3) : good;
      return sentences.length === 0 ? 0 : counted.length / sentences.length;
    }
  }
}

/** The text of `<tag>…</tag>`, with the `<\/tag>` defusing promptgate applies undone. */
function block(text: string, tag: string): string {
  const inner = new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(text)?.[1] ?? '';
  return inner.replaceAll(`<\\/${tag}>`, `</${tag}>`);
}

const STOPWORDS = new Set(
  `about above after also because been before being below between both could does doing each from have having here into just
  more most only other over same should some such than that their them then there these they this those through under until very
  were what when where which while will with would your yours answer output question response`.split(/\s+/),
);

/** Lowercase words of four letters or more, without stopwords, with a plural `s` stripped. */
function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z']*/g) ?? [])
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w))
      .map((w) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
}

/** The share of `wanted` found in `pool`; nothing wanted counts as fully found. */
function shareFound(wanted: Set<string>, pool: Set<string>): number {
  if (wanted.size === 0) return 1;
  return [...wanted].filter((w) => pool.has(w)).length / wanted.size;
}

function parsesAsJson(output: string): boolean {
  const body = output.trim().replace(/^```[\w-]*\s*\n([\s\S]*?)\n?```$/, '$1');
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}


function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
