// Verdict trust: how often does the gate block a harmless PR, and how often does it catch a real
// regression, against a model that answers off-topic some share of the time?
//
// Each simulated PR is a zero-config `.prompt.yml` (GitHub Models format, no promptgate.yml)
// with N tests, each asking for a fact its system prompt states. The PR edits that prompt:
// Zero-config includes the built-in injection probes (10 generated tests), which run too.
//   nothing   — a harmless edit (an instruction line the model ignores): every block is false;
//   breaks 1  — drops one test's fact: that test now always fails;
//   breaks 25% — drops a quarter of the facts;
//   fixes 1   — base lacks one fact, head adds it (reported: how often it is called fixed).
// Every PR runs promptgate's compare core in-process, afresh (no cache), against the scripted
// model server over real HTTP, with its noise at the given rate; the report's verdict is judged.
//
//   npm run bench:trust                    # 100 PRs per row: long; the README's table used
//   TRUST_PRS=30 TRUST_LARGE_PRS=10 npm run bench:trust
//   TRUST_PRS=20 npm run bench:trust       # a quick look
//   TRUST_ONLY=40 npm run bench:trust      # one suite size
//   TRUST_SETTING=repeat npm run bench:trust   # the settings whose label says so
//   TRUST_SCENARIO=nothing npm run bench:trust # the PRs whose scenario says so
//   TRUST_SEED=1001 npm run bench:trust    # other noise: more PRs, independent of a run at seed 1
// A block counts whatever made the report block: a confirmed test regression or the prompt-level
// paired score test (counted apart too, as "by score"), so both obey the false-block bound.
import { compare } from '../src/compare/compare.js';
import type { ChangedFile, ChangeSource } from '../src/source/types.js';
import { startModelServer } from '../test/support/model-server.js';

type Scenario = 'nothing' | 'breaks 1' | 'breaks 25%' | 'fixes 1';
interface Setting {
  label: string;
  noise: number;
  repeat?: number;
  sizes: number[];
  scenarios: Scenario[];
}

const PRS = Number(process.env.TRUST_PRS ?? 100);
/** PRs per row for the 200-test suite, which takes five times as long per PR. */
const LARGE_PRS = Number(process.env.TRUST_LARGE_PRS ?? PRS);
const PARALLEL = Number(process.env.TRUST_PARALLEL ?? 4);
const only = process.env.TRUST_ONLY ? Number(process.env.TRUST_ONLY) : undefined;
const settingFilter = process.env.TRUST_SETTING;
const scenarioFilter = process.env.TRUST_SCENARIO;
const SETTINGS: Setting[] = [
  { label: 'defaults, 10% noise', noise: 0.1, sizes: [4, 40, 200], scenarios: ['nothing', 'breaks 1'] },
  { label: 'defaults, 20% noise', noise: 0.2, sizes: [4, 40, 200], scenarios: ['nothing', 'breaks 1'] },
  { label: '`repeat: 3`, 10% noise', noise: 0.1, repeat: 3, sizes: [4, 40, 200], scenarios: ['nothing', 'breaks 1'] },
  { label: '`repeat: 5`, 10% noise', noise: 0.1, repeat: 5, sizes: [40], scenarios: ['nothing', 'breaks 1'] },
  { label: 'defaults, no noise', noise: 0, sizes: [40], scenarios: ['nothing', 'breaks 1'] },
  { label: 'defaults (other PRs), 10% noise', noise: 0.1, sizes: [40], scenarios: ['breaks 25%', 'fixes 1'] },
];

/** A made-up, letters-only word per test, so each test's question shares a content word with one fact only. */
function word(i: number, salt: string): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'pu', 'ro', 'si', 'ta', 'vu', 'ze', 'bo', 'di', 'fa', 'gu', 'hi', 'jo'];
  let w = salt;
  let n = i;
  do {
    w += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  } while (n > 0);
  return w.length >= 6 ? w : `${w}xa`;
}

function promptFile(tests: number, facts: (i: number) => boolean, extraLine: string): string {
  const lines = Array.from({ length: tests }, (_, i) => i).filter(facts).map((i) => `      The ${word(i, 'gad')} gadget costs ${word(i, 'pri')} credits.`);
  const testData = Array.from({ length: tests }, (_, i) => `  - question: "How much does the ${word(i, 'gad')} gadget cost?"\n    price: ${word(i, 'pri')}`);
  return [
    'name: Gadget prices',
    'model: openai/gpt-4o-mini',
    'messages:',
    '  - role: system',
    '    content: |',
    '      You are the price desk of a gadget shop.',
    ...(extraLine ? [`      ${extraLine}`] : []),
    ...lines,
    '  - role: user',
    '    content: "{{question}}"',
    'testData:',
    ...testData,
    'evaluators:',
    '  - name: states the price',
    '    string:',
    '      contains: "{{price}}"',
    '',
  ].join('\n');
}

function prFiles(tests: number, scenario: Scenario, repeat?: number): { base: Record<string, string>; head: Record<string, string> } {
  const all = () => true;
  const path = 'prompts/prices.prompt.yml';
  const config: Record<string, string> = repeat ? { 'promptgate.yml': `repeat: ${repeat}\n` } : {};
  const broken = Math.max(2, Math.round(tests / 4));
  const [base, head] = {
    nothing: [promptFile(tests, all, ''), promptFile(tests, all, 'Be precise.')],
    'breaks 1': [promptFile(tests, all, ''), promptFile(tests, (i) => i !== 0, '')],
    'breaks 25%': [promptFile(tests, all, ''), promptFile(tests, (i) => i >= broken, '')],
    'fixes 1': [promptFile(tests, (i) => i !== 0, ''), promptFile(tests, all, '')],
  }[scenario];
  return { base: { ...config, [path]: base! }, head: { ...config, [path]: head! } };
}

/** Two commits held in memory: the compare core reads them through the same interface as a git clone. */
function memorySource(sides: { base: Record<string, string>; head: Record<string, string> }): ChangeSource {
  const at = (sha: string) => sides[sha as 'base' | 'head'];
  return {
    resolve: async () => ({ baseRef: 'main', headRef: 'pr', baseSha: 'base', headSha: 'head', mergeBaseSha: 'base' }),
    changedFiles: async (): Promise<ChangedFile[]> =>
      Object.keys(sides.head)
        .filter((p) => sides.base[p] !== sides.head[p])
        .map((path) => ({ path, status: 'modified' })),
    at: (sha, label) => ({ label, listFiles: async () => Object.keys(at(sha)), readFile: async (p) => at(sha)[p], sizeOf: async (p) => at(sha)[p]?.length }),
  };
}

interface Cell {
  blocked: number;
  /** Blocked by the prompt-level score test alone (no test regressed in that prompt). */
  byScore: number;
  fixedSeen: number;
  calls: number;
  tests: number;
  inconclusive: number;
  done: number;
}

const server = await startModelServer();
const rows: string[][] = [];
const started = Date.now();
try {
  // Rows draw their noise from seeds counted up from TRUST_SEED: a second run with another start
  // adds PRs independent of the first run's, so the two runs' counts can be added up.
  let seed = Number(process.env.TRUST_SEED ?? 1);
  for (const setting of SETTINGS.filter((s) => settingFilter === undefined || s.label.includes(settingFilter))) {
    for (const tests of setting.sizes.filter((n) => only === undefined || n === only)) {
      for (const scenario of setting.scenarios.filter((s) => scenarioFilter === undefined || s.includes(scenarioFilter))) {
        const rowStarted = Date.now();
        const cell: Cell = { blocked: 0, byScore: 0, fixedSeen: 0, calls: 0, tests: 0, inconclusive: 0, done: 0 };
        const files = prFiles(tests, scenario, setting.repeat);
        server.reset();
        server.setNoise({ rate: setting.noise, seed: seed++ });
        // A few PRs at a time, as a CI fleet would send them: each is its own compare with its own engine.
        let next = 0;
        const prs = tests >= 200 ? LARGE_PRS : PRS;
        const worker = async () => {
          while (next < prs) {
            next++;
            const { report } = await compare({ source: memorySource(files), root: '/nonexistent', base: 'main', head: 'pr', env: server.env(), noCache: true });
            if (report.blocking) cell.blocked++;
            if (report.blocking && report.prompts.some((p) => p.regressed && !report.tests.some((t) => t.promptId === p.id && t.change === 'regressed'))) cell.byScore++;
            if (report.verdict === 'inconclusive' || report.verdict === 'error') cell.inconclusive++;
            if (report.tests.some((t) => t.change === 'fixed')) cell.fixedSeen++;
            cell.calls += report.stats.modelCalls;
            server.forgetCalls();
            cell.tests += report.tests.length;
            const done = ++cell.done;
            // A long row says how it stands every few PRs, so a cut-short run still tells something.
            if (done % (tests >= 200 ? 5 : 10) === 0 && done < prs) console.error(`  ${setting.label} | ${tests} | ${scenario}: ${done}/${prs} PRs, blocked ${cell.blocked}, ${Math.round(cell.calls / done)} calls/PR`);
          }
        };
        await Promise.all(Array.from({ length: PARALLEL }, worker));
        rows.push(row(setting, tests, scenario, cell, prs));
        console.error(`${rows.at(-1)!.join(' | ')}  (row ${Math.round((Date.now() - rowStarted) / 1000)} s, total ${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
  }
} finally {
  await server.close();
}

function row(setting: Setting, tests: number, scenario: Scenario, cell: Cell, prs: number): string[] {
  // One sample per test per side, the generated injection probes counted as the tests they are.
  const screen = (2 * cell.tests * (setting.repeat ?? 1)) / prs;
  const outcome =
    (scenario === 'fixes 1' ? `called fixed ${cell.fixedSeen}/${prs}, blocked ${cell.blocked}/${prs}` : `blocked ${cell.blocked}/${prs}${scenario === 'nothing' ? ' (false)' : ''}`) +
    (cell.byScore ? ` (${cell.byScore} by score)` : '');
  return [
    setting.label,
    `${tests} (+${Math.round(cell.tests / prs) - tests} probes)`,
    scenario,
    outcome + (cell.inconclusive ? `, ${cell.inconclusive} inconclusive` : ''),
    (cell.calls / prs).toFixed(0),
    `${(cell.calls / prs / screen).toFixed(2)}×`,
  ];
}

console.log(`\n${PRS} PRs per row (${LARGE_PRS} with 200 tests), each run afresh. Blocked: by a confirmed test regression or by the prompt-level score test ("by score": that alone). Calls: the verdict's model requests per PR (screen and confirmation; the readiness checklist's drills not counted), and that as a multiple of one sample per test per side (× repeat).\n`);
console.log('| setting | tests | PR | verdicts | calls / PR | × one sample per side |');
console.log('| --- | ---: | --- | --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
