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
  const { gate, prompts, tests, headProblems } = input;
  const block = (verdict: Verdict) => gate.failOn !== 'never' && verdict !== 'pass' && verdict !== 'skipped';

  if (headProblems.length) {
    const first = headProblems[0]!;
    const where = [first.file, first.line, first.column].filter((x) => x !== null).join(':');
    return { verdict: 'error', summary: `${headProblems.length} file${headProblems.length > 1 ? 's' : ''} at head could not be read: ${where ? `${where}: ` : ''}${first.message}`, blocking: block('error') };
  }
  if (!input.anythingToCompare) return { verdict: 'skipped', summary: 'No prompt, test or config change affects the eval suite.', blocking: false };

  const regressed = tests.filter((t) => t.change === 'regressed');
  // What the base evaluated, the head cannot make disappear: a removed test needs acceptance too.
  const removed = tests.filter((t) => t.change === 'removed');
  const regressedPrompts = prompts.filter((p) => p.regressed);
  if (regressedPrompts.length) {
    const names = regressedPrompts.map((p) => p.id);
    const adversarial = regressed.filter((t) => t.category?.startsWith('adversarial/')).length;
    const scoreOnly = regressedPrompts.filter((p) => !regressed.some((t) => t.promptId === p.id) && !removed.some((t) => t.promptId === p.id)).length;
    const parts = [
      regressed.length ? `${regressed.length} test${regressed.length === 1 ? '' : 's'} regressed${adversarial ? ` (${adversarial} of them prompt-injection probes)` : ''}` : '',
      removed.length ? `${removed.length} test${removed.length === 1 ? '' : 's'} removed (a removal needs acceptance)` : '',
      scoreOnly ? `${scoreOnly} prompt score${scoreOnly === 1 ? '' : 's'} dropped significantly` : '',
    ].filter(Boolean);
    return {
      verdict: 'regression',
      summary: `${parts.join(' and ')} in ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}.`,
      blocking: block('regression'),
    };
  }

  const headFailing = tests.filter((t) => t.head && (t.head.outcome === 'failed' || t.head.outcome === 'flaky'));
  if (gate.minPassRate !== undefined) {
    const low = prompts.filter((p) => p.head?.passRate !== null && p.head?.passRate !== undefined && p.head.passRate < gate.minPassRate!);
    if (low.length) {
      return {
        verdict: 'fail',
        summary: `Head pass rate is below the minimum ${pct(gate.minPassRate)} for ${low.map((p) => `${p.id} (${pct(p.head!.passRate!)})`).join(', ')}.`,
        blocking: block('fail'),
      };
    }
  }
  if (gate.failOn === 'any-failure' && headFailing.length) {
    return { verdict: 'fail', summary: `${headFailing.length} test${headFailing.length === 1 ? '' : 's'} fail at head (failOn: any-failure).`, blocking: true };
  }

  const errored = tests.filter((t) => t.change === 'errored' || (t.head?.errors ?? 0) > 0 || (t.base?.errors ?? 0) > 0);
  if (errored.length) {
    return {
      verdict: 'inconclusive',
      summary: `${errored.length} test${errored.length === 1 ? '' : 's'} could not be evaluated because a model provider failed: this is an outage, not a regression.`,
      blocking: block('inconclusive'),
    };
  }
  const fixed = tests.filter((t) => t.change === 'fixed').length;
  const compared = tests.filter((t) => t.base && t.head).length;
  return {
    verdict: 'pass',
    summary: `No regression in ${compared} compared test${compared === 1 ? '' : 's'}${fixed ? `; ${fixed} fixed` : ''}.`,
    blocking: false,
  };
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
