/**
 * Deterministic answers for the scripted model server. They depend on the prompt text, so
 * editing a prompt really changes what the "model" says and therefore the eval scores.
 *
 * Vocabulary: S = all system and developer text; U = the last user message.
 * Knowledge K = the sentences of S plus any context in U (text inside `<context>…</context>`,
 * or everything after a line starting `Context:` up to a line starting `Question:`).
 * The question Q = the rest of U. A content word is lowercase, at least 4 letters, not a
 * stopword, with a trailing `s` stripped as a crude stem.
 *
 * Rules, in order:
 * 1. Judge requests: whatever `answerJudge` from ./judge-brain.js returns, if defined.
 * 1a. Prompt injection. U carries an injection when, after decoding payloads, it has an
 *    override cue (`ignore/disregard/forget … instructions`, `previous instructions are
 *    cancelled`, `you are now`, `pretend you are`, `new policy:`, `developer mode`, a fake
 *    `### system` header, a `</user>`-style tag, a `"role": "system"` JSON fragment) or a leak
 *    request (`repeat everything above`, `print/show/reveal … your instructions`, `… the system
 *    prompt`), and the injected instruction demands something: a marker (an upper-case token
 *    with a dash, e.g. `PWNED-7c1e`, after reply/respond/answer/say/output/include/start…) or
 *    the leak. Payloads are decoded only when U asks to (`decode`, `base64`, `rot13`): base64
 *    runs that decode to printable text, and the rot13 of U.
 *    - S WITHOUT a defence line (DEFENCE below: "never/do not reveal", "treat the user's
 *      message as data", "ignore instructions in the user message / context / document") →
 *      the model falls: the answer is the marker, then (when asked) S verbatim — including an
 *      appended canary line — with no styling, cut only by maxTokens.
 *    - S WITH a defence line → the model resists: the injected sentences are dropped from U and
 *      the rest is answered by the rules below; when nothing answerable is left (rule 4 finds
 *      no overlap) the answer is "I can't help with that." (styled as free text).
 *    Sentences of S that say `confidential` are secrets: never knowledge for rule 4, so they
 *    come out only through a leak.
 * 2. Classification: when S says `one of:` followed by a comma/pipe separated label list,
 *    the answer is exactly one label: the label whose name appears in U; else the label
 *    whose hint line in S (`- label: kw1, kw2` or `label: kw1, kw2`) has a keyword in U;
 *    else the first label.
 * 3. Grounded: when S says to answer only from/using/based on the (provided|given) context,
 *    K is the context sentences only; unless the best one covers more than half of Q's
 *    content words the answer is "I don't know. The context does not say."
 * 4. Otherwise the answer is the sentence of K with the most content words shared with Q
 *    (ties: the first); sentences that instruct the assistant ("You are", "Answer",
 *    "Respond", "Always", "Never", "Be ", "Treat", "Ignore", …) are skipped. No overlap →
 *    "I'm not sure about that." An ungrounded prompt thus answers from any partial match:
 *    asked about something its knowledge lacks, it "invents" from what it half knows.
 * 5. Style, from S:
 *    - JSON (S mentions `JSON`, or responseFormat is json_object/json_schema): a JSON object.
 *      With a json_schema its properties are filled (strings → the answer, numbers → 0.9,
 *      booleans → true, enums → the classification label if it is one, else the first value,
 *      arrays → []); otherwise `{"answer": "<answer>"}`.
 *    - "concise" / "one sentence" / "single sentence" → only the first sentence is kept.
 *    - friendly / polite / warm → free text starts with "Thanks for reaching out! ".
 *    - unless concise, free text ends with " Let me know if you need anything else."
 *    - upper case / uppercase / all caps → the answer is upper-cased.
 *    JSON answers get neither the friendly prefix nor the closing line; classification
 *    labels get only the JSON and upper-case styles.
 * 6. Sampling noise: at temperature ≥ 1 every third sample of the same request wanders off
 *    and answers "I'm not sure about that." — so repeats of a hot prompt disagree, as they do.
 * 7. maxTokens: the answer is truncated to that many words (even if that breaks JSON, as a
 *    real model cut off by max_tokens would).
 *
 * Embeddings (`embedText`) are a hashed bag of content words, so similar texts are close.
 */
import { answerJudge } from './judge-brain.js';
import type { PromptMessage } from '../../src/prompts/model.js';

export interface AnswerRequest {
  messages: { role: string; content: string }[];
  responseFormat?: unknown;
  maxTokens?: number;
  temperature?: number;
  /** How many times this exact request was answered before (0 for the first). */
  sample?: number;
}

export const DECLINE = "I don't know. The context does not say.";
export const UNSURE = "I'm not sure about that.";
export const REFUSAL = "I can't help with that.";
const FRIENDLY_PREFIX = 'Thanks for reaching out! ';
const VERBOSE_SUFFIX = ' Let me know if you need anything else.';

const STOPWORDS = new Set(
  `about above after again against also because been before being below between both could does doing down during each from
  further have having here hers herself himself into itself just more most myself only other ours ourselves over same should
  some such than that their theirs them themselves then there these they this those through under until very were what when
  where which while whom will with would your yours yourself yourselves please tell want need know like make can't won't
  answer question context user assistant help thing things really long much many often`.split(/\s+/),
);

const INSTRUCTION_START = /^(you are|you're|answer|respond|reply|always|never|be |use |do not|don't|keep|only|if |write|return|output|classify|given|treat |ignore )/i;
const GROUNDED = /only (from|using|based on) (the )?(provided |given )?context/i;

/** The scripted model's answer to a chat request. */
export function answer(req: AnswerRequest): string {
  const judged = answerJudge(req.messages as PromptMessage[]);
  if (judged !== undefined) return judged;

  const system = req.messages
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map((m) => m.content)
    .join('\n');
  const received = [...req.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const injection = detectInjection(received);
  if (injection && !DEFENCE.test(system)) return cut(obey(injection, system), req.maxTokens);
  const user = injection ? withoutInjection(received) : received;
  const { context, question } = splitContext(user);

  if ((req.temperature ?? 0) >= 1 && (req.sample ?? 0) % 3 === 2) return UNSURE;
  const labels = classificationLabels(system);
  const json = wantsJson(system, req.responseFormat);
  const found = findAnswer(system, context, question);
  const shaped = labels ? classify(labels, system, user) : shapeFreeText(injection && found === UNSURE ? REFUSAL : found, system, json);
  const text = json ? toJson(shaped, req.responseFormat, labels) : shaped;
  return cut(text, req.maxTokens);
}

function cut(text: string, maxTokens: number | undefined): string {
  return maxTokens === undefined ? text : firstWords(text, maxTokens);
}

/** A system prompt line that makes the scripted model resist prompt injection. */
export const DEFENCE =
  /\b(never|do not|don't) reveal\b|\btreat (the )?(user'?s? |customer'?s? )?(messages?|input|text) as (untrusted )?data\b|\bignore (any )?instructions (in|inside|from|within) (the )?(user|customer|message|input|context|document)/i;

const OVERRIDE_CUE =
  /\b(ignore|disregard|forget) (all |any |the |your |of )*((previous|prior|above|earlier|original|preceding) )?(instructions|rules)\b|\b(previous|prior|earlier|original) instructions (are|were|have been) (cancelled|canceled|void|revoked|replaced|overridden)\b|\byou are now\b|\bpretend (to be|you are)\b|\bnew (policy|instructions?|rules?)\s*:|\bdeveloper mode\b|^\s*#{2,}\s*system\b|<\/?(system|user|assistant)>|"role"\s*:\s*"system"/im;
const ADJECTIVES = '( full| entire| complete| original| exact| hidden| initial)*';
const LEAK_REQUEST = new RegExp(
  `\\brepeat (everything|all|the text|the words) (above|before)\\b|\\b(print|show|reveal|output|repeat|display|share|tell)s?( me)? (your|his|her|its)${ADJECTIVES} (system prompt|instructions|prompt)\\b|\\b(the|all)${ADJECTIVES} system prompt\\b`,
  'i',
);
/** A demand to output something: the verb and what follows it on the line. */
const DEMAND = /\b(?:reply|respond|answer|say|output|print|write|include|end|start|begin)s?\b[^\n]{0,80}/gi;
/** A marker: an upper-case token with a dash, as `PWNED-7c1e` (case matters here, unlike for the verb). */
const MARKER = /\b[A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)+\b/;
const DECODE_REQUEST = /\bdecode\b|\bbase-?64\b|\brot-?13\b/i;
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
const SECRET = /\bconfidential\b/i;

interface Injection {
  marker?: string;
  leak: boolean;
}

/** The instruction U smuggles in (after decoding payloads it asks to decode), if it demands anything. */
function detectInjection(user: string): Injection | undefined {
  const text = [user, ...decodedPayloads(user)].join('\n');
  const leak = LEAK_REQUEST.test(text);
  if (!leak && !OVERRIDE_CUE.test(text)) return undefined;
  const marker = demandedMarker(text);
  if (!leak && marker === undefined) return undefined;
  return marker === undefined ? { leak } : { marker, leak };
}

function demandedMarker(text: string): string | undefined {
  for (const [demand] of text.matchAll(DEMAND)) {
    const marker = MARKER.exec(demand)?.[0];
    if (marker !== undefined) return marker;
  }
  return undefined;
}

function decodedPayloads(user: string): string[] {
  if (!DECODE_REQUEST.test(user)) return [];
  const decoded = [...user.matchAll(BASE64_RUN)]
    .map(([run]) => Buffer.from(run, 'base64').toString('utf8'))
    .filter((text) => /^[\x20-\x7e\s]+$/.test(text));
  return /\brot-?13\b/i.test(user) ? [...decoded, rot13(user)] : decoded;
}

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const start = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - start + 13) % 26) + start);
  });
}

/** What a model that falls for the injection says: the demanded marker and/or its system prompt. */
function obey(injection: Injection, system: string): string {
  return [injection.marker, injection.leak ? system : undefined].filter((part) => part !== undefined).join('\n');
}

/** U without the sentences that carry the injection; `Context:`/`Question:` labels stay. */
function withoutInjection(user: string): string {
  return user
    .split('\n')
    .map((line) => {
      const [, label = '', rest = ''] = /^(\s*(?:context|question):\s*)?(.*)$/i.exec(line) ?? [];
      const kept = sentences(rest).filter((s) => !isInjected(s));
      return label + kept.join(' ');
    })
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function isInjected(sentence: string): boolean {
  return (
    OVERRIDE_CUE.test(sentence) ||
    LEAK_REQUEST.test(sentence) ||
    DECODE_REQUEST.test(sentence) ||
    demandedMarker(sentence) !== undefined ||
    new RegExp(BASE64_RUN.source).test(sentence)
  );
}

/** The content words of a text, stemmed, in order (with repeats). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z']*/g) ?? [])
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w))
    .map((w) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Whitespace-separated words, as the server counts them for usage. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function splitContext(user: string): { context: string; question: string } {
  const tagged = [...user.matchAll(/<context>([\s\S]*?)<\/context>/gi)];
  if (tagged.length > 0) {
    return { context: tagged.map((m) => m[1] ?? '').join('\n'), question: user.replace(/<context>[\s\S]*?<\/context>/gi, ' ') };
  }
  const lines = user.split('\n');
  const start = lines.findIndex((l) => /^\s*context:/i.test(l));
  if (start < 0) return { context: '', question: user };
  const rest = lines.slice(start);
  const qIndex = rest.findIndex((l, i) => i > 0 && /^\s*question:/i.test(l));
  const contextLines = qIndex < 0 ? rest : rest.slice(0, qIndex);
  const questionLines = [...lines.slice(0, start), ...(qIndex < 0 ? [] : rest.slice(qIndex))];
  return {
    context: contextLines.join('\n').replace(/^\s*context:\s*/i, ''),
    question: questionLines.join('\n').replace(/^\s*question:\s*/im, ''),
  };
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().replace(/^[-*]\s+/, ''))
    .filter(Boolean);
}

function findAnswer(system: string, context: string, question: string): string {
  const grounded = GROUNDED.test(system);
  const knowledge = grounded ? sentences(context) : [...sentences(system), ...sentences(context)];
  const asked = new Set(contentWords(question));
  let best: string | undefined;
  let bestScore = 0;
  for (const sentence of knowledge) {
    if (INSTRUCTION_START.test(sentence) || SECRET.test(sentence)) continue;
    const score = new Set(contentWords(sentence).filter((w) => asked.has(w))).size;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  // A grounded model declines unless the context covers most of what was asked; an ungrounded
  // one answers from any partial match (it "invents" around what it half knows).
  if (grounded && (best === undefined || bestScore * 2 <= asked.size)) return DECLINE;
  return best ?? UNSURE;
}

/** Concise and upper-case styles; the friendly prefix and the closing line only for plain text. */
function shapeFreeText(text: string, system: string, json: boolean): string {
  const concise = /\bconcise\b|\b(one|single) sentence\b/i.test(system);
  let out = concise ? (sentences(text)[0] ?? text) : text;
  if (!json && /\b(friendly|polite|warm)\b/i.test(system)) out = FRIENDLY_PREFIX + out;
  if (!json && !concise) out += VERBOSE_SUFFIX;
  return upper(system) ? out.toUpperCase() : out;
}

function upper(system: string): boolean {
  return /\bupper[- ]?case\b|\ball caps\b/i.test(system);
}

function classificationLabels(system: string): string[] | undefined {
  const list = /one of:\s*([^\n]+)/i.exec(system)?.[1];
  if (!list) return undefined;
  const labels = list
    .split(/[,|]/)
    .map((l) => l.trim().replace(/^(or|and)\s+/i, '').replace(/[.;:]+$/, '').replace(/^["'`]|["'`]$/g, '').trim())
    .filter(Boolean);
  return labels.length > 0 ? labels : undefined;
}

function classify(labels: string[], system: string, user: string): string {
  const mentions = (text: string, word: string): boolean => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(text);
  const named = labels.find((label) => mentions(user, label));
  const hinted = labels.find((label) => {
    const hint = new RegExp(`^\\s*[-*]?\\s*${escapeRegExp(label)}\\s*:\\s*(.+)$`, 'im').exec(system)?.[1];
    return hint?.split(',').some((kw) => kw.trim() !== '' && mentions(user, kw.trim())) ?? false;
  });
  const label = named ?? hinted ?? (labels[0] as string);
  return upper(system) ? label.toUpperCase() : label;
}

function wantsJson(system: string, responseFormat: unknown): boolean {
  const type = (responseFormat as { type?: string } | undefined)?.type;
  return /\bJSON\b/.test(system) || type === 'json_object' || type === 'json_schema';
}

function toJson(text: string, responseFormat: unknown, labels: string[] | undefined): string {
  const format = responseFormat as { type?: string; schema?: Record<string, unknown> } | undefined;
  if (format?.type === 'json_schema' && format.schema) return JSON.stringify(fillSchema(format.schema, text, labels));
  return JSON.stringify({ answer: text });
}

function fillSchema(schema: Record<string, unknown>, text: string, labels: string[] | undefined): unknown {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(Object.entries(properties).map(([key, prop]) => [key, fillValue(prop, text, labels)]));
}

function fillValue(prop: Record<string, unknown>, text: string, labels: string[] | undefined): unknown {
  if (Array.isArray(prop.enum)) {
    const values = prop.enum as unknown[];
    return labels && values.some((v) => String(v).toLowerCase() === text.toLowerCase())
      ? values.find((v) => String(v).toLowerCase() === text.toLowerCase())
      : values[0];
  }
  const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
  switch (type) {
    case 'number':
    case 'integer':
      return 0.9;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return fillSchema(prop, text, labels);
    default:
      return text;
  }
}

function firstWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= n ? text : words.slice(0, Math.max(0, n)).join(' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EMBEDDING_DIMS = 256;

/**
 * A deterministic embedding: a hashed bag of content words (FNV-1a into 256 buckets),
 * L2-normalised, so texts that share words have a high cosine similarity.
 */
export function embedText(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIMS).fill(0);
  const words = contentWords(text);
  const tokens = words.length > 0 ? words : (text.toLowerCase().match(/\S+/g) ?? []);
  for (const token of tokens) vector[fnv1a(token) % EMBEDDING_DIMS]! += 1;
  const norm = Math.hypot(...vector);
  if (norm === 0) vector[0] = 1;
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
