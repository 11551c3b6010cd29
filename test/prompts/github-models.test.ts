import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { hashValue } from '../../src/util/hash.js';
import { fixtureText, loadFixture } from './fixtures.js';

const support = await loadFixture('github-models/support.prompt.yml');

describe('GitHub Models .prompt.yml files', () => {
  it('read name, description and the model exactly as written', async () => {
    expect(support).toMatchObject({
      format: 'github-models',
      engine: 'literal',
      name: 'Support reply',
      description: "Answers a customer's question about refunds and shipping in two sentences.",
      model: 'openai/gpt-4o-mini',
    });
  });

  it('cut a name: and description: long enough to flood a report (200 and 1,000 characters)', async () => {
    const text = `name: "${'n'.repeat(5_000)}"\ndescription: "${'d'.repeat(5_000)}"\nmodel: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: hi\n`;
    const prompt = await parsePromptFile('prompts/long.prompt.yml', text);
    expect(prompt.name).toBe(`${'n'.repeat(199)}…`);
    expect(prompt.description).toBe(`${'d'.repeat(999)}…`);
  });

  it('map modelParameters to provider-neutral params, a single stop string becoming a list', async () => {
    expect(support.params).toEqual({ maxTokens: 300, temperature: 0.2, topP: 0.9, stop: ['###'] });
  });

  it('keep message templates unrendered and lower-case roles as gh models does', async () => {
    expect(support.messages).toEqual([
      {
        role: 'system',
        content: 'You are the support assistant of Acme Outdoor.\nAnswer in at most two sentences. The customer is on the {{tier}} plan.',
      },
      { role: 'user', content: '{{question}}' },
    ]);
    expect(support.variables).toEqual(['question', 'tier']);
  });

  it('turn every testData row into a test whose vars are the whole row, expected included', async () => {
    expect(support.tests.map((t) => t.vars)).toEqual([
      {
        id: 'refund-window',
        question: 'How long do I have to return a tent?',
        tier: 'basic',
        expected: 'You can return a tent within 30 days of delivery.',
      },
      {
        question: 'My order #1042 arrived with a broken pole and I leave for a trip on Friday; can you send a replacement quickly?\n',
        tier: 'premium',
        expected: 'We will ship a replacement pole by express today.',
      },
      { name: 'shipping-cost', question: 'Do you ship to Canada?', tier: 'basic', expected: 'Yes, we ship to Canada for a flat fee.' },
    ]);
    expect(support.tests.map((t) => t.expected)).toEqual([
      'You can return a tent within 30 days of delivery.',
      'We will ship a replacement pole by express today.',
      'Yes, we ship to Canada for a flat fee.',
    ]);
  });

  it('name tests by an explicit id or name, else by a hash of the row', async () => {
    const hashed = `t-${hashValue(support.tests[1]!.vars).slice(0, 8)}`;
    expect(support.tests.map((t) => t.id)).toEqual(['refund-window', hashed, 'shipping-cost']);
  });

  it('keep test ids when only the prompt text changes', async () => {
    const edited = await parsePromptFile('support.prompt.yml', fixtureText('github-models/support.prompt.yml').replace('at most two sentences', 'one sentence'));
    expect(edited.version).not.toBe(support.version);
    expect(edited.tests.map((t) => t.id)).toEqual(support.tests.map((t) => t.id));
  });

  it('give a row a new id when its values change', async () => {
    const edited = await parsePromptFile('support.prompt.yml', fixtureText('github-models/support.prompt.yml').replace('tier: premium', 'tier: basic'));
    expect(edited.tests[1]!.id).not.toBe(support.tests[1]!.id);
  });

  it('label tests with the first value that is not the id, cut to 60 characters', async () => {
    expect(support.tests.map((t) => t.description)).toEqual([
      'How long do I have to return a tent?',
      'My order #1042 arrived with a broken pole and I leave for a…',
      'Do you ship to Canada?',
    ]);
    expect(support.tests[1]!.description).toHaveLength(60);
  });

  it('record the line of each testData row', async () => {
    expect(support.tests.map((t) => t.source)).toEqual([
      { file: 'fixtures/formats/github-models/support.prompt.yml', line: 17 },
      { file: 'fixtures/formats/github-models/support.prompt.yml', line: 21 },
      { file: 'fixtures/formats/github-models/support.prompt.yml', line: 25 },
    ]);
  });

  it('map every evaluator kind to an assertion with gh models semantics', async () => {
    const base = { negate: false, weight: 1 };
    expect(support.tests[0]!.assert).toEqual([
      { ...base, name: 'exact answer', type: 'equals', value: '{{expected}}', verbatim: true },
      { ...base, name: 'mentions days', type: 'contains', value: 'days', ignoreCase: true, verbatim: true },
      { ...base, name: 'polite opening', type: 'starts-with', value: 'Thanks', ignoreCase: true, verbatim: true },
      { ...base, name: 'ends with a period', type: 'ends-with', value: '.', ignoreCase: true, verbatim: true },
      {
        ...base,
        name: 'on-topic judge',
        type: 'llm-choice',
        judge: 'openai/gpt-4o',
        judgeSystemPrompt: 'You grade support answers.',
        judgePrompt: 'Question: {{question}}\nAnswer: {{completion}}\nIs the answer on topic? Reply yes or no.',
        choices: [
          { choice: 'yes', score: 1 },
          { choice: 'no', score: 0 },
        ],
      },
      { ...base, name: 'similarity', type: 'github/similarity' },
      { ...base, name: 'coherence', type: 'github/coherence' },
      { ...base, name: 'fluency', type: 'github/fluency' },
      { ...base, name: 'relevance', type: 'github/relevance' },
      { ...base, name: 'groundedness', type: 'github/groundedness' },
    ]);
  });

  it('apply every evaluator to every testData row', async () => {
    for (const test of support.tests) expect(test.assert).toEqual(support.tests[0]!.assert);
  });

  it('read a json_schema jsonSchema written as a JSON string', async () => {
    expect((await loadFixture('github-models/invoice-json-string.prompt.yml')).responseFormat).toEqual({
      type: 'json_schema',
      name: 'invoice',
      strict: true,
      schema: {
        type: 'object',
        properties: { total: { type: 'number' }, currency: { type: 'string' } },
        required: ['total', 'currency'],
        additionalProperties: false,
      },
    });
  });

  it('read a json_schema jsonSchema written as YAML', async () => {
    expect((await loadFixture('github-models/invoice-json-object.prompt.yml')).responseFormat).toEqual({
      type: 'json_schema',
      name: 'invoice',
      strict: false,
      schema: { type: 'object', properties: { total: { type: 'number' }, currency: { type: 'string' } }, required: ['total', 'currency'] },
    });
  });

  it('read a bare JSON Schema under jsonSchema, as earlier gh models versions did', async () => {
    expect((await loadFixture('github-models/person-bare-schema.prompt.yaml')).responseFormat).toEqual({
      type: 'json_schema',
      schema: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } }, required: ['name', 'age'] },
    });
  });

  it('tolerate top-level keys gh models does not know', async () => {
    expect((await loadFixture('github-models/person-bare-schema.prompt.yaml')).messages).toHaveLength(1);
  });

  it('read numbers in testData as text', async () => {
    expect((await loadFixture('github-models/person-bare-schema.prompt.yaml')).tests.map((t) => t.vars)).toEqual([
      { name: 'Alice Johnson', age: '30' },
      { name: 'Bob Smith', age: '25' },
    ]);
  });

  it('read text and json_object response formats', async () => {
    const file = (format: string) => `responseFormat: ${format}\nmessages:\n  - role: user\n    content: Hi\n`;
    expect((await parsePromptFile('a.prompt.yml', file('text'))).responseFormat).toEqual({ type: 'text' });
    expect((await parsePromptFile('a.prompt.yml', file('json_object'))).responseFormat).toEqual({ type: 'json_object' });
  });

  it('require a jsonSchema when the response format is json_schema', async () => {
    await expect(parsePromptFile('a.prompt.yml', 'responseFormat: json_schema\nmessages:\n  - role: user\n    content: Hi\n')).rejects.toThrow(
      expect.objectContaining({ message: 'responseFormat json_schema needs a jsonSchema', location: { file: 'a.prompt.yml', line: 1, column: 17 } }),
    );
  });

  it('use the first non-empty string check, in gh models order, when several are given', async () => {
    const prompt = await parsePromptFile(
      'a.prompt.yml',
      'messages:\n  - role: user\n    content: Hi\ntestData:\n  - x: 1\nevaluators:\n  - string:\n      equals: ""\n      endsWith: "!"\n      contains: hello\n',
    );
    expect(prompt.tests[0]!.assert).toEqual([{ type: 'contains', value: 'hello', ignoreCase: true, verbatim: true, negate: false, weight: 1 }]);
  });

  it('refuse a string evaluator without any check', async () => {
    await expect(
      parsePromptFile('a.prompt.yml', 'messages:\n  - role: user\n    content: Hi\nevaluators:\n  - name: empty\n    string:\n      equals: ""\n'),
    ).rejects.toThrow(expect.objectContaining({ message: 'evaluators[0].string has no check', location: { file: 'a.prompt.yml', line: 7, column: 7 } }));
  });

  it('name every misspelt string check with a "did you mean", at the evaluator', async () => {
    await expect(
      parsePromptFile('a.prompt.yml', 'messages:\n  - role: user\n    content: Hi\nevaluators:\n  - name: typo\n    string:\n      containz: hi\n      startswith: x\n'),
    ).rejects.toThrow(
      expect.objectContaining({
        message: 'evaluators[0].string has no check: unknown key "containz" (did you mean "contains"?), "startswith" (did you mean "startsWith"?)',
        location: { file: 'a.prompt.yml', line: 7, column: 7 },
      }),
    );
  });

  it('report every schema problem of a file in file order, each at its line, not only the first', async () => {
    const text = 'model: openai/gpt-4o-mini\nmodelParameters:\n  temperature: hot\n  maxTokens: many\nmessages:\n  - role: robot\n    content: hi\n';
    const err = await parsePromptFile('b.prompt.yml', text).then(() => undefined, (e: unknown) => e as Error & { location: unknown });
    expect(err?.location).toEqual({ file: 'b.prompt.yml', line: 3, column: 16 });
    expect(err?.message.split('\n')).toEqual([
      'modelParameters.temperature must be a number, not the text "hot"',
      '  b.prompt.yml:4:14: modelParameters.maxTokens must be a number, not the text "many"',
      '  b.prompt.yml:6:11: messages[0].role must be one of "system", "user", "assistant", not the text "robot"',
    ]);
  });

  it('refuse a role gh models does not accept', async () => {
    await expect(parsePromptFile('a.prompt.yml', 'messages:\n  - role: robot\n    content: Hi\n')).rejects.toThrow(
      expect.objectContaining({
        message: 'messages[0].role must be one of "system", "user", "assistant", not the text "robot"',
        location: { file: 'a.prompt.yml', line: 2, column: 11 },
      }),
    );
  });

  it('give duplicate explicit ids a numeric suffix so every test id is unique', async () => {
    const prompt = await parsePromptFile('a.prompt.yml', 'messages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - {id: same, q: a}\n  - {id: same, q: b}\n');
    expect(prompt.tests.map((t) => t.id)).toEqual(['same', 'same-2']);
  });

  it('have no tests when the file has no testData', async () => {
    expect((await parsePromptFile('a.prompt.yml', 'messages:\n  - role: user\n    content: Hi\n')).tests).toEqual([]);
  });
});
