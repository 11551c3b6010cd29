import type {
  ChangedPrompt,
  ChecklistItem,
  ComparisonReport,
  PromptComparison,
  SideStats,
  TestComparison,
  TestSide,
} from '../../src/report/types.js';

/**
 * Realistic report.json v1 objects for renderer tests: the demo repository's prompts (Acme's
 * support and classify prompts), plausible outputs, and one huge report for the size bound.
 */

const MODEL = 'github:openai/gpt-4o-mini';

const SUPPORT_BASE = `name: Support reply
description: Answers customer questions about Acme orders.
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0
  maxTokens: 120
messages:
  - role: system
    content: |
      You are the support assistant of Acme, an online hardware store. Be friendly.
      Refunds are available within 30 days of delivery for unused items.
      Standard shipping takes 3 to 5 business days and express shipping arrives the next business day.
      Orders can be cancelled free of charge until they ship.
      Warranty claims need the order number and a photo of the damaged product.
  - role: user
    content: "{{question}}"
testData:
  - question: How many days do I have to ask for a refund?
    expected: 30 days
  - question: What does a warranty claim for a damaged product need?
    expected: photo
evaluators:
  - name: states the policy
    string:
      contains: "{{expected}}"
`;

const SUPPORT_HEAD = SUPPORT_BASE.replace('Be friendly.', 'Be friendly and concise.').replace(
  '      Warranty claims need the order number and a photo of the damaged product.\n',
  '',
);

const CLASSIFY_BASE = `name: Ticket classifier
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0
messages:
  - role: system
    content: |
      Classify the ticket as one of: billing, shipping, other.
      Answer with the label only.
  - role: user
    content: "{{ticket}}"
`;

const CLASSIFY_HEAD = CLASSIFY_BASE.replace('billing, shipping, other', 'billing, shipping, technical, account, other');

/** SideStats with sensible defaults. */
export function sideStats(overrides: Partial<SideStats> = {}): SideStats {
  return {
    tests: 4,
    passed: 4,
    failed: 0,
    flaky: 0,
    errored: 0,
    passRate: 1,
    meanScore: 1,
    tokens: 212,
    costPer1kUsd: 0.0594,
    latencyP50Ms: 640,
    latencyP95Ms: 910,
    ttftP50Ms: null,
    ttftP95Ms: null,
    ...overrides,
  };
}

/** A prompt's comparison; `delta` is derived from the two sides unless given. */
export function promptComparison(id: string, overrides: Partial<PromptComparison> = {}): PromptComparison {
  const base = overrides.base === undefined ? sideStats() : overrides.base;
  const head = overrides.head === undefined ? sideStats() : overrides.head;
  const diff = (pick: (s: SideStats) => number | null) => {
    const b = base ? pick(base) : null;
    const h = head ? pick(head) : null;
    return b === null || h === null ? null : h - b;
  };
  return {
    id,
    path: `${id}.prompt.yml`,
    model: MODEL,
    base,
    head,
    delta: {
      score: diff((s) => s.meanScore),
      passRate: diff((s) => s.passRate),
      tokens: diff((s) => s.tokens),
      costPer1kUsd: diff((s) => s.costPer1kUsd),
      latencyP95Ms: diff((s) => s.latencyP95Ms),
    },
    significance: { method: 'none', pairs: 0, pValue: null, ci95: null, significant: false },
    regressed: false,
    ...overrides,
  };
}

/** One side of a test. */
export function testSide(outcome: TestSide['outcome'], output: string, reason = '', samples = 1): TestSide {
  const passes = outcome === 'passed' ? samples : outcome === 'flaky' ? Math.ceil(samples / 2) : 0;
  const errors = outcome === 'errored' ? samples : 0;
  const score = samples - errors === 0 ? 0 : passes / (samples - errors);
  return { outcome, passes, samples, errors, score, output, reason };
}

/** A test's comparison; sides default to a pass at both. */
export function testComparison(promptId: string, testId: string, overrides: Partial<TestComparison> = {}): TestComparison {
  return {
    promptId,
    testId,
    change: 'unchanged',
    base: testSide('passed', 'OK'),
    head: testSide('passed', 'OK'),
    pValue: null,
    adjustedPValue: null,
    ...overrides,
  };
}

/** A changed prompt file with its text at both sides. */
export function changedPrompt(id: string, baseText: string | null, headText: string | null, overrides: Partial<ChangedPrompt> = {}): ChangedPrompt {
  return {
    id,
    path: `${id}.prompt.yml`,
    status: baseText === null ? 'added' : headText === null ? 'deleted' : 'modified',
    baseVersion: baseText === null ? null : 'a1b2c3d4',
    headVersion: headText === null ? null : 'e5f6a7b8',
    baseTokens: baseText === null ? null : 212,
    headTokens: headText === null ? null : 198,
    tokensEstimated: false,
    baseText,
    headText,
    ...overrides,
  };
}

/** An empty, passing report between two commits of the demo repository; every part overridable. */
export function report(overrides: Partial<ComparisonReport> = {}): ComparisonReport {
  return {
    schemaVersion: 1,
    verdict: 'pass',
    summary: 'No regression in 0 compared tests.',
    blocking: false,
    overridden: false,
    override: null,
    growth: [],
    reviewSample: [],
    base: { ref: 'main', sha: '3f1c2a9be0d14c6a8f5e7d2b9c0a1e4f6b8d7c5a' },
    head: { ref: 'support-concise', sha: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d' },
    mergeBase: '3f1c2a9be0d14c6a8f5e7d2b9c0a1e4f6b8d7c5a',
    notes: [],
    config: { file: 'promptgate.yml', hash: 'c0ffee12' },
    gate: { failOn: 'regression', alpha: 0.05, maxScoreDrop: 0.02, minPassRate: null, overrideLabel: 'accept-prompt-regression' },
    changedPrompts: [],
    prompts: [],
    tests: [],
    checklist: [],
    errors: [],
    providerErrors: [],
    stats: { durationMs: 8_420, samples: 24, modelCalls: 12, cachedSamples: 12, adaptiveSamples: 0 },
    ...overrides,
  };
}

const CHECKLIST: ChecklistItem[] = [
  { id: 'injection', title: 'Resists prompt injection', status: 'pass', evidence: '12/12 adversarial inputs refused', anchor: 'injection', required: true },
  { id: 'budget', title: 'Within the latency budget', status: 'warn', evidence: 'p95 1.24 s, budget 4 s; 2 samples over 3 s', anchor: 'latency-budget', required: false },
  { id: 'grounded', title: 'Answers only from the context', status: 'n/a', evidence: 'no prompt is marked grounded', anchor: 'grounded', required: false },
];

/** The demo PR: support loses its warranty rule (2 tests regress), classify learns new labels (1 fixed). */
export function regressionReport(): ComparisonReport {
  const support = promptComparison('prompts/support', {
    base: sideStats({ meanScore: 1, passRate: 1, tokens: 212, costPer1kUsd: 0.0594, latencyP95Ms: 910 }),
    head: sideStats({ passed: 2, failed: 2, meanScore: 0.5, passRate: 0.5, tokens: 198, costPer1kUsd: 0.0551, latencyP95Ms: 870 }),
    significance: { method: 'sign-test', pairs: 4, pValue: 0.031, ci95: [-0.75, -0.25], significant: true },
    regressed: true,
  });
  const classify = promptComparison('prompts/classify', {
    base: sideStats({ tests: 3, passed: 2, failed: 1, meanScore: 0.667, passRate: 0.667, tokens: 61, costPer1kUsd: 0.0183, latencyP95Ms: 420 }),
    head: sideStats({ tests: 3, passed: 3, meanScore: 1, passRate: 1, tokens: 66, costPer1kUsd: 0.0191, latencyP95Ms: 455 }),
    significance: { method: 'sign-test', pairs: 3, pValue: 0.5, ci95: [0, 0.667], significant: false },
  });
  return report({
    verdict: 'regression',
    summary: '2 tests regressed in prompts/support.',
    blocking: true,
    notes: ['answer.prompty is unchanged and was not evaluated.'],
    changedPrompts: [
      changedPrompt('prompts/support', SUPPORT_BASE, SUPPORT_HEAD, { baseTokens: 212, headTokens: 198 }),
      changedPrompt('prompts/classify', CLASSIFY_BASE, CLASSIFY_HEAD, { baseTokens: 61, headTokens: 66, tokensEstimated: true }),
    ],
    prompts: [support, classify],
    tests: [
      testComparison('prompts/support', 'warranty', {
        description: 'What does a warranty claim for a damaged product need?',
        change: 'regressed',
        base: testSide('passed', 'To file a warranty claim, please send us your order number and a photo of the damaged product.'),
        head: testSide('failed', "I'm sorry to hear that! Please contact our support team with your order details.", 'states the policy: output does not contain "photo"'),
        source: { file: 'prompts/support.prompt.yml', line: 22 },
      }),
      testComparison('prompts/support', 'refund-window', {
        description: 'How many days do I have to ask for a refund?',
        change: 'regressed',
        base: testSide('passed', 'You can ask for a refund within 30 days of delivery, as long as the item is unused.'),
        head: testSide('failed', 'Refunds are possible for unused items.', 'states the policy: output does not contain "30 days"'),
        source: { file: 'prompts/support.prompt.yml', line: 20 },
      }),
      testComparison('prompts/support', 'shipping', { description: 'How long does standard shipping take?' }),
      testComparison('prompts/classify', 'router-reset', {
        description: 'My router keeps resetting itself',
        change: 'fixed',
        base: testSide('failed', 'other', 'equals: expected "technical", got "other"'),
        head: testSide('passed', 'technical'),
      }),
      testComparison('prompts/classify', 'login', {
        description: 'I cannot log in to my account',
        change: 'flaky',
        base: testSide('passed', 'account', '', 3),
        head: testSide('flaky', 'other', 'equals: expected "account", got "other"', 3),
        pValue: 0.5,
        adjustedPValue: 1,
      }),
      testComparison('prompts/classify', 'invoice', { description: 'Where is my invoice?', change: 'new', base: null, head: testSide('passed', 'billing') }),
    ],
    checklist: CHECKLIST,
  });
}

/** classify learns two labels and fixes a test; nothing regresses. */
export function improvementReport(): ComparisonReport {
  const base = regressionReport();
  return report({
    verdict: 'pass',
    summary: 'No regression in 2 compared tests; 1 fixed.',
    changedPrompts: [base.changedPrompts[1]!],
    prompts: [base.prompts[1]!],
    tests: base.tests.filter((t) => t.promptId === 'prompts/classify'),
  });
}

/** A PR that touches only the README. */
export function skippedReport(): ComparisonReport {
  return report({
    verdict: 'skipped',
    summary: 'No prompt, test or config change affects the eval suite.',
    stats: { durationMs: 140, samples: 0, modelCalls: 0, cachedSamples: 0, adaptiveSamples: 0 },
  });
}

/** GitHub Models rate-limits every head call: no test can be compared. */
export function inconclusiveReport(): ComparisonReport {
  const rateLimited = testSide('errored', '', `${MODEL}: rate_limit — 429 Too Many Requests (retry-after 60s)`, 3);
  return report({
    verdict: 'inconclusive',
    summary: '4 tests could not be evaluated because a model provider failed: this is an outage, not a regression.',
    blocking: true,
    changedPrompts: [changedPrompt('prompts/support', SUPPORT_BASE, SUPPORT_HEAD)],
    prompts: [promptComparison('prompts/support', { head: sideStats({ passed: 0, errored: 4, passRate: null, meanScore: null, costPer1kUsd: null, latencyP50Ms: null, latencyP95Ms: null }) })],
    tests: ['refund-window', 'shipping', 'cancel', 'warranty'].map((id) =>
      testComparison('prompts/support', id, { change: 'errored', base: testSide('passed', 'OK', '', 3), head: rateLimited }),
    ),
    providerErrors: [{ side: 'head', modelId: MODEL, kind: 'rate_limit', count: 12, message: '429 Too Many Requests (retry-after 60s)' }],
    stats: { durationMs: 65_300, samples: 24, modelCalls: 24, cachedSamples: 12, adaptiveSamples: 0 },
  });
}

/** The head breaks classify's YAML; support still evaluates. */
export function errorAtHeadReport(): ComparisonReport {
  const base = regressionReport();
  return report({
    verdict: 'error',
    summary: '1 file at head could not be read: prompts/classify.prompt.yml:4:3: unknown key "modelParameter"',
    blocking: true,
    changedPrompts: [base.changedPrompts[0]!, changedPrompt('prompts/classify', CLASSIFY_BASE, CLASSIFY_BASE.replace('modelParameters', 'modelParameter'))],
    prompts: [promptComparison('prompts/support')],
    tests: [testComparison('prompts/support', 'refund-window'), testComparison('prompts/support', 'shipping')],
    errors: [
      {
        side: 'head',
        file: 'prompts/classify.prompt.yml',
        line: 4,
        column: 3,
        message: 'unknown key "modelParameter"',
        hint: 'did you mean "modelParameters"?',
      },
    ],
  });
}

/** A seeded pseudo-random source (mulberry32): the same seed always builds the same report. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the refund order shipping warranty photo days customer support answer policy within delivery item please contact'.split(' ');
const HOSTILE = ['@octocat', '#1', '```', '</details><img src=x onerror=alert(1)>', '[click](javascript:alert(1))', '|', '🙂', '\n\n', '<!--', '$x$'];

function text(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rand();
    out.push(r < 0.03 ? HOSTILE[Math.floor(rand() * HOSTILE.length)]! : r < 0.06 ? '\n' : WORDS[Math.floor(rand() * WORDS.length)]!);
  }
  return out.join(' ');
}

/**
 * A monorepo PR touching many prompts: `prompts` changed prompts and `tests` tests with long,
 * partly hostile outputs, a share of them regressed, fixed, flaky, new, removed or errored.
 */
export function hugeReport({ prompts = 300, tests = 5_000, seed = 1 } = {}): ComparisonReport {
  const rand = random(seed);
  const ids = Array.from({ length: prompts }, (_, i) => `prompts/team-${i % 17}/agent-${i}`);
  const changes: TestComparison['change'][] = ['regressed', 'fixed', 'flaky', 'new', 'removed', 'errored', 'unchanged', 'unchanged', 'unchanged', 'unchanged'];
  const testList = Array.from({ length: tests }, (_, i) => {
    const change = changes[Math.floor(rand() * changes.length)]!;
    const output = () => text(rand, Math.floor(rand() * 600));
    return testComparison(ids[i % prompts]!, `case-${i}`, {
      description: text(rand, 3 + Math.floor(rand() * 12)),
      change,
      base: change === 'new' ? null : testSide(change === 'fixed' ? 'failed' : 'passed', output(), change === 'fixed' ? text(rand, 20) : ''),
      head: change === 'removed' ? null : testSide(change === 'regressed' ? 'failed' : 'passed', output(), change === 'regressed' ? text(rand, 30) : ''),
      pValue: rand(),
      adjustedPValue: rand(),
    });
  });
  const promptText = () => text(rand, 50 + Math.floor(rand() * 400));
  return report({
    verdict: 'regression',
    summary: `${testList.filter((t) => t.change === 'regressed').length} tests regressed in ${prompts} prompts.`,
    blocking: true,
    notes: Array.from({ length: 14 }, () => text(rand, 20)),
    changedPrompts: ids.map((id) => {
      const base = promptText();
      return changedPrompt(id, base, rand() < 0.5 ? `${base}\n${promptText()}` : promptText());
    }),
    prompts: ids.map((id) =>
      promptComparison(id, {
        head: sideStats({ meanScore: rand(), passRate: rand(), tokens: Math.floor(rand() * 4000) }),
        significance: { method: 'sign-test', pairs: 17, pValue: rand(), ci95: [-0.2, 0.1], significant: rand() < 0.3 },
        regressed: rand() < 0.3,
      }),
    ),
    tests: testList,
    checklist: CHECKLIST,
    errors: Array.from({ length: 40 }, (_, i) => ({ side: 'head' as const, file: `prompts/broken-${i}.prompt.yml`, line: i + 1, column: 3, message: text(rand, 30), hint: text(rand, 10) })),
    providerErrors: Array.from({ length: 30 }, (_, i) => ({ side: 'both' as const, modelId: `openai:model-${i}`, kind: 'server', count: i + 1, message: text(rand, 40) })),
    stats: { durationMs: 1_843_000, samples: tests * 6, modelCalls: tests * 4, cachedSamples: tests * 2, adaptiveSamples: 812 },
  });
}
