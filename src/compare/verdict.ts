import type { GatePolicy } from '../config/schema.js';
import type { FileProblem, PromptComparison, TestComparison, Verdict } from '../report/types.js';

export interface VerdictInput {
  gate: GatePolicy;
  prompts: PromptComparison[];
  tests: TestComparison[];
  headProblems: FileProblem[];
  anythingToCompare: boolean;
}

export interface GateDecision {
  verdict: Verdict;
  summary: string;
  blocking: boolean;
}

/**
 * The verdict, in order of precedence: a broken file at head is an `error` (the author must fix
 * it); a regression found in completed samples is a `regression` even if other calls failed;
 * a failed gate (`minPassRate`, or `failOn: any-failure`) is `fail`; any provider error left
 * otherwise is `inconclusive` — an outage never reads as a pass or a regression.
 */
export function decide(input: VerdictInput): GateDecision {
  const found = unreadableHead(input) ?? nothingToCompare(input) ?? regression(input) ?? failedGate(input) ?? outage(input) ?? passed(input);
  const blocking = input.gate.failOn !== 'never' && found.verdict !== 'pass' && found.verdict !== 'skipped';
  return { ...found, blocking };
}

type Finding = Omit<GateDecision, 'blocking'>;

function unreadableHead({ headProblems }: VerdictInput): Finding | undefined {
  if (!headProblems.length) return undefined;
  const first = headProblems[0]!;
  const where = [first.file, first.line, first.column].filter((x) => x !== null).join(':');
  return { verdict: 'error', summary: `${plural(headProblems.length, 'file')} at head could not be read: ${where ? `${where}: ` : ''}${first.message}` };
}

function nothingToCompare({ anythingToCompare }: VerdictInput): Finding | undefined {
  return anythingToCompare ? undefined : { verdict: 'skipped', summary: 'No prompt, test or config change affects the eval suite.' };
}

/** Regressed tests, removed tests (what the base evaluated, the head cannot make disappear) and significant score drops. */
function regression({ prompts, tests }: VerdictInput): Finding | undefined {
  const regressedPrompts = prompts.filter((p) => p.regressed);
  if (!regressedPrompts.length) return undefined;
  const regressed = tests.filter((t) => t.change === 'regressed');
  const removed = tests.filter((t) => t.change === 'removed');
  const names = regressedPrompts.map((p) => p.id);
  const adversarial = regressed.filter((t) => t.category?.startsWith('adversarial/')).length;
  const scoreOnly = regressedPrompts.filter((p) => !regressed.some((t) => t.promptId === p.id) && !removed.some((t) => t.promptId === p.id)).length;
  const parts = [
    regressed.length ? `${plural(regressed.length, 'test')} regressed${adversarial ? ` (${adversarial} of them prompt-injection probes)` : ''}` : '',
    removed.length ? `${plural(removed.length, 'test')} removed (a removal needs acceptance)` : '',
    scoreOnly ? `${plural(scoreOnly, 'prompt score')} dropped significantly` : '',
  ].filter(Boolean);
  return { verdict: 'regression', summary: `${parts.join(' and ')} in ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}.` };
}

/** `minPassRate` not met at head, or `failOn: any-failure` with a test failing at head. */
function failedGate({ gate, prompts, tests }: VerdictInput): Finding | undefined {
  const minPassRate = gate.minPassRate;
  const low = minPassRate === undefined ? [] : prompts.filter((p) => p.head?.passRate !== null && p.head?.passRate !== undefined && p.head.passRate < minPassRate);
  if (minPassRate !== undefined && low.length) {
    return { verdict: 'fail', summary: `Head pass rate is below the minimum ${pct(minPassRate)} for ${low.map((p) => `${p.id} (${pct(p.head!.passRate!)})`).join(', ')}.` };
  }
  const headFailing = tests.filter((t) => t.head && (t.head.outcome === 'failed' || t.head.outcome === 'flaky'));
  if (gate.failOn === 'any-failure' && headFailing.length) return { verdict: 'fail', summary: `${plural(headFailing.length, 'test')} fail at head (failOn: any-failure).` };
  return undefined;
}

function outage({ tests }: VerdictInput): Finding | undefined {
  const errored = tests.filter((t) => t.change === 'errored' || (t.head?.errors ?? 0) > 0 || (t.base?.errors ?? 0) > 0);
  if (!errored.length) return undefined;
  return { verdict: 'inconclusive', summary: `${plural(errored.length, 'test')} could not be evaluated because a model provider failed: this is an outage, not a regression.` };
}

function passed({ tests }: VerdictInput): Finding {
  const fixed = tests.filter((t) => t.change === 'fixed').length;
  const compared = tests.filter((t) => t.base && t.head).length;
  return { verdict: 'pass', summary: `No regression in ${compared} compared test${compared === 1 ? '' : 's'}${fixed ? `; ${fixed} fixed` : ''}.` };
}

/** `1 test`, `2 tests`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
