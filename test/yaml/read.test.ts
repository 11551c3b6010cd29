import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, PromptFileError } from '../../src/util/errors.js';
import { parseYaml, validateYaml } from '../../src/yaml/index.js';

const read = (text: string, lineOffset = 0) => parseYaml(text, { file: 'f.yml', hint: '', lineOffset });
const errorOf = (f: () => unknown): PromptFileError => {
  try {
    f();
  } catch (err) {
    return err as PromptFileError;
  }
  throw new Error('no error');
};

describe('reading YAML', () => {
  it('reads the YAML 1.2 core schema to plain data', () => {
    expect(read('a: 1\nb: [true, null, "x"]\nc: |\n  line\n').value).toEqual({ a: 1, b: [true, null, 'x'], c: 'line\n' });
    expect(read('# only a comment\n').value).toBeUndefined();
  });

  it('places values where they are written: quotes, block indicators, anchors, aliases and empty values', () => {
    const source = read('a:\n  b:\n  c: 1\nq: "quoted"\nblock: |\n  text\nanchored: &x [1]\nalias: *x\n', 2);
    expect(source.locate(['a', 'b'])).toEqual({ file: 'f.yml', line: 4, column: 5 });
    expect(source.locate(['q'])).toEqual({ file: 'f.yml', line: 6, column: 4 });
    expect(source.locate(['block'])).toEqual({ file: 'f.yml', line: 7, column: 8 });
    expect(source.locate(['anchored'])).toEqual({ file: 'f.yml', line: 9, column: 11 });
    expect(source.locate(['alias'])).toEqual({ file: 'f.yml', line: 10, column: 8 });
    // A path that goes further than the document stops at its nearest ancestor.
    expect(source.locate(['a', 'no-such-key', 0])).toEqual({ file: 'f.yml', line: 4, column: 3 });
    expect(source.locateKey(['a'], 'c')).toEqual({ file: 'f.yml', line: 5, column: 3 });
    expect(source.locateKey(['a'], 'zz')).toBeUndefined();
  });

  it('places rows of a large table on their own lines', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `  - question: "Q${i}"\n    expected: |\n      A${i}`).join('\n');
    const source = read(`name: big\ntestData:\n${rows}\n`);
    expect(source.locate(['testData', 0]).line).toBe(3);
    expect(source.locate(['testData', 499]).line).toBe(3 + 499 * 3);
    expect(source.locate(['testData', 499, 'expected'])).toEqual({ file: 'f.yml', line: 3 + 499 * 3 + 1, column: 15 });
  });

  it('places every item of a sequence at once where locating each item would', () => {
    const docs: [string, (string | number)[]][] = [
      ['name: big\ntestData:\n  - question: "Q0"\n    expected: |\n      A0\n  -\n  - &row {q: 1}\n  - *row\n  - !!str tagged\n  - [1, 2]\n  - plain\n', ['testData']],
      ['a:\n  b: [x, "y", {z: 1}]\n  c: [other]\nd: 1\n', ['a', 'b']],
      ['- [a, b]\n- - c\n  - ""\n  - \n', [1]],
      ['before: [zero]\nrows:\n- one\n- two\nafter: [three]\n', ['rows']],
    ];
    for (const [text, path] of docs) {
      const source = read(text, 1);
      const items = (path.reduce((v: unknown, seg) => (v as Record<string | number, unknown>)[seg], source.value) as unknown[]);
      expect(items.length).toBeGreaterThan(0);
      expect(source.locateItems(path)).toEqual(items.map((_, i) => source.locate([...path, i])));
    }
    expect(read('a: 1\n').locateItems(['testData'])).toEqual([]);
  });

  it('refuses aliases that expand exponentially, at the first alias that copies aliases', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const err = errorOf(() => read(bomb.join('\n'), 2));
    expect(err).toBeInstanceOf(PromptFileError);
    expect(err.message).toMatch(/^YAML aliases expand too far: \*b copies a value that holds aliases itself/);
    expect(err.location).toEqual({ file: 'f.yml', line: 5, column: 8 });
  });

  it('refuses an alias inside the value its anchor names, which would make the value contain itself, at the alias', () => {
    for (const [text, line, column] of [
      ['a: 1\nself: &s [x, *s]\n', 2, 14],
      ['m: &m\n  k:\n    - *m\n', 3, 7],
    ] as const) {
      const err = errorOf(() => read(text, 1));
      expect(err).toBeInstanceOf(PromptFileError);
      expect(err.message).toMatch(/^the YAML alias \*\w is inside the value &\w names/);
      expect(err.location).toEqual({ file: 'f.yml', line: line + 1, column });
    }
    // An anchor defined again inside names the inner value from there on.
    expect(read('a: &a [&a 1, *a]\n').value).toEqual({ a: [1, 1] });
    expect(read('a: &a [&a [x], *a]\n').value).toEqual({ a: [['x'], ['x']] });
  });

  it('reads a block shared by thousands of rows', () => {
    const rows = Array.from({ length: 2000 }, () => '  - *row').join('\n');
    expect((read(`base: &row {question: q, expected: a, topic: t}\nrows:\n${rows}\n`).value as { rows: unknown[] }).rows).toHaveLength(2000);
  });

  it('reports a syntax error, a duplicated key and a second document at their lines, as the caller’s error type', () => {
    const syntax = errorOf(() => parseYaml('a: 1\n b: 2\n', { file: 'c.yml', hint: 'See the docs.', error: ConfigError }));
    expect(syntax).toBeInstanceOf(ConfigError);
    expect(syntax.format()).toMatch(/^c\.yml:2:\d+: invalid YAML: /);
    expect(syntax.hint).toMatch(/indentation.*See the docs\.$/);
    expect(errorOf(() => read('a: 1\nb: 2\na: 3\n')).format()).toMatch(/^f\.yml:3:1: invalid YAML: duplicated mapping key/);
    expect(errorOf(() => read('a: 1\n---\nb: 2\n')).format()).toMatch(/^f\.yml:2:1: the file holds more than one YAML document/);
    expect(errorOf(() => read('---\na: 1\n---\nb: 2\n')).location).toEqual({ file: 'f.yml', line: 3, column: 1 });
  });
});

describe('schema problems in a YAML file', () => {
  const schema = z.strictObject({ name: z.string(), temperature: z.number().optional(), tags: z.array(z.string()).optional() });

  it('are all listed in file order, each at its line, an unknown key where it is written with a "did you mean"', () => {
    const source = read('temprature: 1\nname: 3\ntags: [a, 2]\n');
    const err = errorOf(() => validateYaml(schema, source, 'See the format.'));
    expect(err.format().split('\n')).toEqual([
      'f.yml:1:1: the file: unknown key `temprature` (did you mean "temperature"?)',
      '  f.yml:2:7: name must be a string, not number 3',
      '  f.yml:3:11: tags[1] must be a string, not number 2',
      '  → See the format.',
    ]);
  });

  it('points a missing key at the mapping that lacks it, and says what to add', () => {
    const err = errorOf(() => validateYaml(schema, read('\n\ntemperature: 0.5\n'), 'See the format.'));
    expect(err.format()).toBe('f.yml:3:1: "name" is missing\n  → Add a "name:" key at the top level.');
  });
});
