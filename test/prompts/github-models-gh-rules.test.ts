import { describe, expect, it } from 'vitest';
import { evaluateAssertions } from '../../src/assertions/evaluate.js';
import { goValueText } from '../../src/prompts/formats/go-value-text.js';
import { parsePromptFile, promptFormatFor } from '../../src/prompts/formats/parse.js';
import { renderMessages } from '../../src/prompts/render.js';
import { makeContext } from '../support/assertion-context.js';
import { loadFixture } from '../support/prompt-fixtures.js';

const file = (yaml: string) => parsePromptFile('p.prompt.yml', yaml);

/** Each evaluator of the file's first row by name, with whether it passes on `output`. */
async function verdicts(yaml: string, output: string): Promise<[string, boolean][]> {
  const prompt = await file(yaml);
  const test = prompt.tests[0]!;
  const outcome = await evaluateAssertions(test.assert, makeContext({ prompt, output, vars: test.vars }));
  return outcome.results.map((r) => [r.name, r.pass]);
}

describe('.prompt.yml files are filled as gh models fills them', () => {
  it('fill {{key}} for any key of the row, exactly as written between the braces', async () => {
    const prompt = await file(
      'messages:\n  - role: user\n    content: "{{my key}} {{a.b-c}} {{ spaced }} {{unknown}} {{x}}"\ntestData:\n  - "my key": one\n    a.b-c: two\n    spaced: three\n    x: four\n',
    );
    expect(prompt.engine).toBe('literal');
    // `{{ spaced }}` names the key " spaced ", which the row does not have; unknown names stay as written and are sent.
    expect((await renderMessages(prompt, prompt.tests[0]!.vars))[0]!.content).toBe('one two {{ spaced }} {{unknown}} four');
  });

  it('insert non-string values as Go prints them with %v', async () => {
    expect(goValueText(null)).toBe('<nil>');
    expect(goValueText(['a', 1, true, null])).toBe('[a 1 true <nil>]');
    expect(goValueText({ b: 2, a: [1, 2] })).toBe('map[a:[1 2] b:2]');
    expect(goValueText(1000000)).toBe('1000000');
    expect(goValueText(0.5)).toBe('0.5');
    expect(goValueText(0.00001)).toBe('1e-05');
    expect(goValueText(1234567.5)).toBe('1.2345675e+06');
    const prompt = await file('messages:\n  - role: user\n    content: "{{tags}} / {{none}} / {{n}}"\ntestData:\n  - tags: [red, blue]\n    none: null\n    n: 2.50\n');
    expect((await renderMessages(prompt, prompt.tests[0]!.vars))[0]!.content).toBe('[red blue] / <nil> / 2.5');
  });

  it('print a whole number past 1e6 as Go does: an integer in full, every digit, and a float in %g form', async () => {
    const prompt = await file(
      'messages:\n  - role: user\n    content: "{{id}} {{n}} {{f}} {{e}} {{huge}} {{list}}"\ntestData:\n  - id: 123456789012345678\n    n: 1500000\n    f: 1500000.0\n    e: 1e20\n    huge: 123456789012345678901234\n    list: [9007199254740993, 2e6]\n',
    );
    expect((await renderMessages(prompt, prompt.tests[0]!.vars))[0]!.content).toBe('123456789012345678 1500000 1.5e+06 1e+20 1.2345678901234569e+23 [9007199254740993 2e+06]');
  });

  it('compare `equals` with the expected text untrimmed, and fill evaluator values literally', async () => {
    const yaml =
      'messages:\n  - role: user\n    content: "{{q}}"\ntestData:\n  - q: hi\n    want: "Paris "\nevaluators:\n  - name: exact\n    string:\n      equals: "{{want}}"\n  - name: spaced\n    string:\n      contains: "{{ want }}"\n';
    expect(await verdicts(yaml, 'Paris')).toEqual([
      ['exact', false],
      ['spaced', false],
    ]);
    expect((await verdicts(yaml, 'Paris {{ want }}'))[1]).toEqual(['spaced', true]);
  });

  it('check every string evaluator against the answer trimmed, as gh models does before evaluating', async () => {
    const yaml =
      'messages:\n  - role: user\n    content: hi\ntestData:\n  - q: x\nevaluators:\n  - name: spaced\n    string:\n      contains: "Paris "\n  - name: plain\n    string:\n      contains: paris\n  - name: ends\n    string:\n      endsWith: paris\n';
    expect(await verdicts(yaml, '  Paris \n')).toEqual([
      ['spaced', false],
      ['plain', true],
      ['ends', true],
    ]);
  });

  it('ignore case as Go does: each letter by its own mapping, so İSTANBUL contains istanbul and ΟΔΟΣ does not contain οδος', async () => {
    const yaml =
      'messages:\n  - role: user\n    content: hi\ntestData:\n  - q: x\nevaluators:\n  - name: city\n    string:\n      contains: istanbul\n  - name: road\n    string:\n      endsWith: οδοσ\n  - name: final\n    string:\n      endsWith: οδος\n';
    expect(await verdicts(yaml, 'İSTANBUL ΟΔΟΣ')).toEqual([
      ['city', true],
      ['road', true],
      ['final', false],
    ]);
  });

  it('score an evaluator gh models does not know 0 and run the rest', async () => {
    const prompt = await loadFixture('github-models/unknown-evaluator.prompt.yml');
    const test = prompt.tests[0]!;
    expect(test.assert).toEqual([{ name: 'bleu', type: 'unknown-evaluator', value: 'github/bleu', negate: false, weight: 1 }]);
    const outcome = await evaluateAssertions(test.assert, makeContext({ prompt, output: 'Hello', vars: test.vars }));
    expect(outcome.results[0]).toMatchObject({ name: 'bleu', pass: false, score: 0 });
    expect(outcome.results[0]!.reason).toContain('"github/bleu" is not one gh models knows');
  });
});

describe('.prompt.yml files load where gh models loads them', () => {
  it('accept a file without a model or messages, and any temperature, topP and maxTokens', async () => {
    const prompt = await file('name: bare\nmodelParameters:\n  temperature: 3\n  topP: 7\n  maxTokens: -1\n');
    expect(prompt).toMatchObject({ name: 'bare', messages: [], tests: [], params: { temperature: 3, topP: 7, maxTokens: -1 } });
    expect(prompt.model).toBeUndefined();
  });

  it('accept an empty file, or one of comments only, as a prompt without messages or tests (gh models runs it as 0 tests)', async () => {
    for (const text of ['', '# a prompt to write\n']) expect(await file(text)).toMatchObject({ messages: [], tests: [], params: {} });
  });

  it('read a key left empty as gh models does: "" where it reads text, absent elsewhere, an empty testData row', async () => {
    const prompt = await file(
      'name:\ndescription:\nmodel: openai/gpt-4o\nmodelParameters:\n  temperature:\n  maxTokens: 50\nresponseFormat:\nmessages:\n  - role: system\n    content:\n  - role: user\n    content: "{{q}}"\ntestData:\n  -\n  - q: hi\nevaluators:\n  - name:\n    string:\n      equals: ~\n      contains: hi\n',
    );
    expect(prompt).toMatchObject({ params: { maxTokens: 50 }, messages: [{ role: 'system', content: '' }, { role: 'user', content: '{{q}}' }] });
    expect(prompt.name).toBeUndefined();
    expect(prompt.responseFormat).toBeUndefined();
    expect(prompt.params).not.toHaveProperty('temperature');
    expect(prompt.tests.map((t) => t.vars)).toEqual([{}, { q: 'hi' }]);
    // `equals: ~` is an empty string to gh models, so the evaluator checks `contains`.
    expect(prompt.tests[0]!.assert).toEqual([{ type: 'contains', value: 'hi', verbatim: true, ignoreCase: true, negate: false, weight: 1 }]);
  });

  it('read text keys as written, not as the number or boolean YAML makes of them', async () => {
    const prompt = await file(
      'name: 0x10\nmodel: openai/gpt-4o\nmessages:\n  - role: user\n    content: 1.50\ntestData:\n  - q: x\nevaluators:\n  - name: price\n    string:\n      equals: 3.10\n  - name: big\n    string:\n      contains: 1e3\n  - name: yes\n    string:\n      startsWith: True\n',
    );
    expect(prompt.name).toBe('0x10');
    expect(prompt.messages[0]!.content).toBe('1.50');
    const test = prompt.tests[0]!;
    const run = async (output: string) => (await evaluateAssertions(test.assert, makeContext({ prompt, output, vars: test.vars }))).results.map((r) => [r.name, r.pass]);
    expect(await run('3.10')).toEqual([['price', true], ['big', false], ['yes', false]]);
    expect(await run('3.1')).toEqual([['price', false], ['big', false], ['yes', false]]);
    expect(await run('true: 1e3')).toEqual([['price', false], ['big', true], ['yes', true]]);
  });

  it('merge a shared block into testData rows with <<: *anchor, as yaml.v3 does', async () => {
    const prompt = await file(
      'messages:\n  - role: user\n    content: "{{q}} in {{lang}} ({{tone}})"\nx-defaults: &d\n  lang: fr\n  tone: calm\ntestData:\n  - <<: *d\n    q: hello\n  - <<: *d\n    lang: de\n    q: bye\n',
    );
    const rendered = await Promise.all(prompt.tests.map(async (t) => (await renderMessages(prompt, t.vars))[0]!.content));
    expect(rendered).toEqual(['hello in fr (calm)', 'bye in de (calm)']);
  });

  it('note a testData value gh models reads by YAML 1.1 rules: an unquoted date or leading-zero number, once per file', async () => {
    const notes = async (rows: string) => (await file(`messages:\n  - role: user\n    content: hi\ntestData:\n${rows}`)).readNotes;
    expect(await notes('  - q: x\n    day: 2024-01-01\n  - day: 2024-02-01\n')).toEqual([
      'p.prompt.yml:6: testData[0].day is 2024-01-01 (and 1 more value): promptgate reads it by YAML 1.2, gh models eval as a Go time, filled in as Go prints one (2024-01-01 as "2024-01-01 00:00:00 +0000 UTC") (see "Differences from gh models eval" in the README)',
    ]);
    expect(await notes('  - zip: 01234\n')).toEqual([expect.stringMatching(/^p\.prompt\.yml:5: testData\[0\]\.zip is 01234: .* as a YAML 1\.1 number \(0777 as octal, 1_000 as 1000\)/)]);
    expect(await notes('  - n: 1_000\n')).toHaveLength(1);
    // Quoted, or written as YAML 1.2 reads it alike: nothing to say.
    expect(await notes('  - day: "2024-01-01"\n    zip: "01234"\n    n: 17\n    id: 0x1F\n')).toBeUndefined();
  });

  it('note a JSON jsonSchema without its name or schema, which gh models refuses to load and promptgate reads', async () => {
    const notes = async (json: string) => (await file(`messages:\n  - role: user\n    content: hi\nresponseFormat: json_schema\njsonSchema: '${json}'\n`)).readNotes;
    expect(await notes('{"schema": {"type": "object"}}')).toEqual([
      'p.prompt.yml:5: jsonSchema has no "name"; gh models eval refuses the file and exits 1, promptgate sends it under the name "response" (see "Differences from gh models eval" in the README)',
    ]);
    expect(await notes('{"type": "object"}')).toEqual([expect.stringContaining('jsonSchema has no "name" and no "schema"; gh models eval refuses the file and exits 1, promptgate reads it as the JSON Schema itself')]);
    expect(await notes('{"name": "a", "schema": {"type": "object"}}')).toBeUndefined();
  });

  it('note modelParameters gh models does not send: promptgate extensions, and unknown keys with a did-you-mean', async () => {
    const prompt = await file('messages:\n  - role: user\n    content: hi\nmodelParameters:\n  max_tokens: 5\n  seed: 3\n  temperature: 0\n');
    expect(prompt.params).toEqual({ temperature: 0, seed: 3 });
    expect(prompt.readNotes).toEqual([
      'p.prompt.yml:5: unknown key "modelParameters.max_tokens" (did you mean "maxTokens"?) is ignored, as gh models eval ignores it',
      'p.prompt.yml:6: modelParameters.seed is sent by promptgate; gh models eval leaves it out of the request (see "Differences from gh models eval" in the README)',
    ]);
    expect((await file('messages:\n  - role: user\n    content: hi\nmodelParameters:\n  maxTokens: 5\n  topP: 1\n')).readNotes).toBeUndefined();
  });

  it('read any *.yml or *.yaml named exactly as a GitHub Models file, as gh models eval FILE does', async () => {
    expect(promptFormatFor('examples/sample_prompt.yml')).toBeUndefined();
    expect(promptFormatFor('examples/sample_prompt.yml', { named: true })).toBe('github-models');
    expect(promptFormatFor('examples/notes.json', { named: true })).toBeUndefined();
    const prompt = await parsePromptFile('examples/sample.yaml', 'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: hi\n', { named: true });
    expect(prompt).toMatchObject({ id: 'examples/sample', format: 'github-models' });
  });
});
