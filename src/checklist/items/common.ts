import type { Config } from '../../config/schema.js';
import type { EvalJob } from '../../engine/run-jobs.js';
import type { Suite, SuitePrompt } from '../../engine/suite.js';
import type { TestResult } from '../../engine/types.js';
import type { PromptTestCase } from '../../prompts/model.js';
import type { ChecklistItem, ComparisonReport } from '../../report/types.js';
import type { FileSource } from '../../source/types.js';
import { formatLocation } from '../../util/errors.js';

/** Options of a drill run on the head side. */
export interface DrillOptions {
  /**
   * Model ids promptgate's own client treats as down (`'all'`: every model), so an outage is
   * simulated without one. Runs with `forceDown` must bypass the response cache: a cached answer
   * would hide the outage the drill simulates.
   */
  forceDown?: string[] | 'all';
}

/** Everything the checklist looks at, handed over at the end of a comparison (head side). */
export interface ChecklistContext {
  /** Tests and prompts already compared, head results inside. */
  report: ComparisonReport;
  /** Head prompts with all their tests, generated ones included. */
  head: Suite;
  /** Files at head: tracked files only. */
  headFiles: FileSource;
  /** The trusted config: budgets, `gate.require`, `providers.fallback`… */
  config: Config;
  /** Prompts this PR changed; the items judge these and are `n/a` when there are none. */
  changedPromptIds: Set<string>;
  /** Runs jobs on a fresh engine sharing config, env and cache (see DrillOptions for `forceDown`). */
  runHead: (jobs: EvalJob[], opts?: DrillOptions) => Promise<TestResult[]>;
  /** For `CI` / `GITHUB_ACTIONS`. */
  env: NodeJS.ProcessEnv;
}

/** What one item found: its status and one line of evidence a reviewer can verify. */
export interface Finding {
  status: ChecklistItem['status'];
  evidence: string;
}

/** One readiness item; its id is also its README anchor (`#checklist-<id>`). */
export interface ChecklistCheck {
  id: string;
  title: string;
  run(ctx: ChecklistContext): Promise<Finding>;
}

/** The changed prompts that exist at head (a deleted prompt has nothing left to judge). */
export function changedPrompts(ctx: ChecklistContext): SuitePrompt[] {
  return ctx.head.prompts.filter((p) => ctx.changedPromptIds.has(p.prompt.id));
}

/** Tests a person wrote (in the prompt file or the config), not ones promptgate generated. */
export function authoredTests(p: SuitePrompt): PromptTestCase[] {
  return p.tests.filter((t) => t.category === undefined);
}

/** Values for every variable of a prompt: the first test's, else the prompt's defaults, else a placeholder. */
export function sampleVars(p: SuitePrompt): Record<string, string> {
  const first = authoredTests(p)[0] ?? p.tests[0];
  return Object.fromEntries(p.prompt.variables.map((v) => [v, first?.vars[v] ?? p.prompt.defaults?.[v] ?? `example ${v}`]));
}

/** `a, b, c (+2 more)`: a list short enough for one line of evidence. */
export function nameList(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} (+${names.length - max} more)` : shown;
}

/** Where a test is defined, for evidence: `prompt#test (file:line)`. */
export function testName(promptId: string, test: PromptTestCase): string {
  const where = test.source ? ` (${formatLocation(test.source)})` : '';
  return `${promptId}#${test.id}${where}`;
}

/** The first provider error among a result's samples: its message, which names the model. */
export function firstError(result: TestResult): string | undefined {
  const error = result.runs.find((r) => r.error)?.error;
  if (!error) return undefined;
  return error.message.startsWith(`${error.modelId}:`) ? error.message : `${error.modelId}: ${error.message}`;
}

/** Whether this run is in CI: GitHub Actions sets both, most other CI systems set `CI`. */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  return env.CI === 'true' || env.GITHUB_ACTIONS === 'true';
}

/** One observation of an item, with the status it calls for. */
export interface Note {
  status: 'pass' | 'warn' | 'fail';
  text: string;
}

const SEVERITY = { fail: 0, warn: 1, pass: 2 } as const;

/** The worst status among the notes (`pass` for none). */
export function worstStatus(notes: readonly Note[]): Note['status'] {
  return notes.reduce<Note['status']>((worst, n) => (SEVERITY[n.status] < SEVERITY[worst] ? n.status : worst), 'pass');
}

/** The worst status among the notes; evidence leads with what needs fixing. */
export function findingOf(notes: Note[]): Finding {
  const sorted = [...notes].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
  return { status: worstStatus(notes), evidence: sorted.map((n) => n.text).join('; ') };
}
