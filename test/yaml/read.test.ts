import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, readWithDocument, readWithEvents } from '../../src/prompts/formats/yaml-source.js';
import { PromptFileError } from '../../src/util/errors.js';

const root = new URL('../../', import.meta.url).pathname;

/** Every YAML text in the fixtures: whole YAML files and the front matter of Prompty and Dotprompt files. */
function yamlTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry)) out.push({ name: relative(root, path), text: readFileSync(path, 'utf8') });
      else if (/\.(prompty|prompt)$/.test(entry)) {
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
        if (front) out.push({ name: `${relative(root, path)} (front matter)`, text: front[1]! });
      }
    }
  };
  walk(join(root, 'fixtures'));
  return out;
}

/** Every path to a value in `value`, parents before children. */
function paths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const readable = yamlTexts().filter(({ text }) => {
  try {
    readWithDocument(text, { file: 'f', hint: '' });
    return true;
  } catch {
    return false;
  }
});

describe('reading YAML from its event stream', () => {
  it('has fixtures to compare', () => {
    expect(readable.length).toBeGreaterThan(20);
  });

  // js-yaml refuses control characters that yaml lets through in quoted strings; parseYaml then reads with yaml.
  const declined = new Set(['fixtures/formats/broken/binary.prompt.yml']);

  it.each(readable)('reads $name to the same value, and places every value where yaml does', ({ name, text }) => {
    const fast = readWithEvents(text, { file: 'f', lineOffset: 3, hint: '' });
    const reference = readWithDocument(text, { file: 'f', lineOffset: 3, hint: '' });
    if (declined.has(name)) return expect(fast).toBeUndefined();
    if (!fast) throw new Error(`${name}: the event reader declined it`);
    expect(fast.value).toEqual(reference.value);
    for (const path of paths(reference.value)) expect([path, fast.locate(path)]).toEqual([path, reference.locate(path)]);
    // A path that goes further than the document stops at its nearest ancestor, as yaml's does.
    expect(fast.locate(['no-such-key', 0])).toEqual(reference.locate(['no-such-key', 0]));
  });

  it('places an empty value just past its key, and rows of a large table on their own lines', () => {
    expect(readWithEvents('a:\n  b:\n  c: 1\n', { file: 'f', hint: '' })!.locate(['a', 'b'])).toEqual({ file: 'f', line: 2, column: 5 });
    const rows = Array.from({ length: 500 }, (_, i) => `  - question: "Q${i}"\n    expected: |\n      A${i}`).join('\n');
    const source = parseYaml(`name: big\ntestData:\n${rows}\n`, { file: 'big.prompt.yml', hint: '' });
    expect(source.locate(['testData', 0]).line).toBe(3);
    expect(source.locate(['testData', 499]).line).toBe(3 + 499 * 3);
    expect(source.locate(['testData', 499, 'expected'])).toEqual({ file: 'big.prompt.yml', line: 3 + 499 * 3 + 1, column: 15 });
  });

  it('leaves aliases to yaml, which refuses exponential expansion with a located error', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const text = bomb.join('\n');
    expect(readWithEvents(text, { file: 'bomb.yml', hint: '' })).toBeUndefined();
    expect(() => parseYaml(text, { file: 'bomb.yml', hint: '' })).toThrow(PromptFileError);
    expect(() => parseYaml(text, { file: 'bomb.yml', hint: '' })).toThrow(/aliases expand too far/);
    try {
      parseYaml(text, { file: 'bomb.yml', hint: '', lineOffset: 2 });
    } catch (err) {
      expect((err as PromptFileError).location).toEqual({ file: 'bomb.yml', line: 5, column: 8 });
    }
  });

  it('leaves a second document to yaml, which reports it', () => {
    expect(readWithEvents('a: 1\n---\nb: 2\n', { file: 'two.yml', hint: '' })).toBeUndefined();
    expect(() => parseYaml('a: 1\n---\nb: 2\n', { file: 'two.yml', hint: '' })).toThrow(/two\.yml|multiple|document/i);
  });
});
