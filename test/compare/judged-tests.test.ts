import { describe, expect, it } from 'vitest';
import { judgeTests } from '../../src/compare/judged-tests.js';
import type { SuitePrompt } from '../../src/engine/suite.js';
import { parsePromptFile } from '../../src/prompts/formats/parse.js';

/** A gh-models prompt file with the given user message, rows and evaluator, parsed as a suite entry. */
async function side(user: string, rows: string, evaluator = 'string: { contains: policy }'): Promise<SuitePrompt> {
  const text = `name: support\nmodel: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "${user}"\ntestData:\n${rows}\nevaluators:\n  - name: check\n    ${evaluator}\n`;
  const prompt = await parsePromptFile('prompts/support.prompt.yml', text);
  return { prompt, modelId: 'openai/gpt-4o-mini', tests: [...prompt.tests], text };
}

describe('judgeTests: what the head did to each base test', () => {
  const rows = '  - { id: a, question: "refund?", expected: "30 days" }\n  - { id: b, question: "shipping?", expected: "5 days" }';

  it('calls nothing changed when only an unused variable is added at head', async () => {
    const base = await side('{{question}}', rows);
    const head = await side('{{question}}', rows.replace('refund?"', 'refund?", note: "unused"'));
    expect([...judgeTests(base, head).headChanges]).toEqual([]);
  });

  it('calls a test changed when a variable either prompt reads, its expectation or the evaluators change', async () => {
    const base = await side('{{question}}', rows);
    expect([...judgeTests(base, await side('{{question}}', rows.replace('refund?', 'refunds?'))).headChanges]).toEqual([['a', 'changed']]);
    expect([...judgeTests(base, await side('{{question}}', rows.replace('"5 days"', '""'))).headChanges]).toEqual([['b', 'changed']]);
    const evaluators = judgeTests(base, await side('{{question}}', rows, 'string: { contains: polic }'));
    expect([...evaluators.headChanges]).toEqual([['a', 'changed'], ['b', 'changed']]);
    // A variable only the head prompt reads counts: the head test now sends something else.
    const newVar = await side('{{question}} {{tone}}', rows.replace('refund?"', 'refund?", tone: "curt"'));
    expect([...judgeTests(base, newVar).headChanges]).toEqual([['a', 'changed']]);
  });

  it('calls a test the head deletes removed', async () => {
    const base = await side('{{question}}', rows);
    const head = await side('{{question}}', rows.split('\n')[0]!);
    expect([...judgeTests(base, head).headChanges]).toEqual([['b', 'removed']]);
  });
});
