import type { AssertionSpec } from '../../prompts/assertion-spec.js';
import { plural } from '../../report/format.js';
import { authoredTests, changedPrompts, findingOf, nameList, testName, type ChecklistCheck, type Note } from './common.js';

/** Assertions that check an output's shape or exact value, not only some of its words. */
const STRUCTURAL = new Set<AssertionSpec['type']>(['json-schema', 'is-json', 'regex', 'equals']);

/** A check that gates (weight above 0) and asserts structure (a negated one asserts nothing about it). */
export function validatesStructure(spec: AssertionSpec): boolean {
  return STRUCTURAL.has(spec.type) && !spec.negate && spec.weight > 0;
}

/**
 * Every test a person wrote for a changed `critical` prompt has a structural check, unless the
 * prompt's response format is a JSON schema, which the provider enforces on every answer.
 */
export const outputValidation: ChecklistCheck = {
  id: 'output-validation',
  title: 'Output validation on safety-critical paths',
  async run(ctx) {
    const critical = changedPrompts(ctx).filter((p) => p.prompt.meta.critical === true);
    if (critical.length === 0) return { status: 'n/a', evidence: 'no changed prompt is marked critical' };
    const notes = critical.map((p): Note => {
      const { prompt } = p;
      if (prompt.responseFormat?.type === 'json_schema') return { status: 'pass', text: `${prompt.id}: json_schema response format` };
      const tests = authoredTests(p);
      if (tests.length === 0) return { status: 'fail', text: `${prompt.id}: no tests, so no structural check` };
      const unchecked = tests.filter((t) => !t.assert.some(validatesStructure));
      if (unchecked.length > 0) {
        return { status: 'fail', text: `${prompt.id}: ${unchecked.length} of ${plural(tests.length, 'test')} without json-schema, is-json, regex or equals: ${nameList(unchecked.map((t) => testName(prompt.id, t)))}` };
      }
      return { status: 'pass', text: `${prompt.id}: ${tests.length}/${plural(tests.length, 'test')} check structure` };
    });
    return findingOf(notes);
  },
};
