import type { AssertionSpec } from '../prompts/assertion-spec.js';
import { quote, shorten } from './text.js';

/** `not-contains` for a negated `contains`; the type as written in configs and reports. */
export function assertionTypeLabel(spec: AssertionSpec): string {
  return spec.negate ? `not-${spec.type}` : spec.type;
}

/**
 * A short label for reports: `contains "30 days"`, `not-regex /x/`, `llm-rubric: polite`,
 * `javascript ./checks/tone.mjs#tone`. A spec's own `name` wins.
 */
export function describeAssertion(spec: AssertionSpec): string {
  if (spec.name) return spec.name;
  const type = assertionTypeLabel(spec);
  const detail = describeValue(spec);
  return detail === '' ? type : `${type}${detail}`;
}

function describeValue(spec: AssertionSpec): string {
  const { value } = spec;
  switch (spec.type) {
    case 'regex':
      return ` ${String(value).startsWith('/') ? String(value) : `/${String(value)}/`}`;
    case 'contains-any':
    case 'contains-all':
      return ` [${(value as string[]).map((v) => quote(v, 24)).join(', ')}]`;
    case 'max-length':
      return ` ${String(value)} chars`;
    case 'max-tokens':
      return ` ${String(value)} tokens`;
    case 'latency':
      return ` ≤ ${String(value)} ms`;
    case 'cost':
      return ` ≤ $${String(value)}`;
    case 'is-json':
    case 'json-schema':
    case 'github/coherence':
    case 'github/fluency':
    case 'github/relevance':
    case 'github/groundedness':
      return '';
    case 'llm-rubric':
      return `: ${shorten(String(value), 40)}`;
    case 'llm-choice':
      return spec.choices ? ` (${spec.choices.map((c) => c.choice).join('/')})` : '';
    case 'javascript':
      return ` ${spec.file ?? ''}${spec.exportName ? `#${spec.exportName}` : ''}`;
    default:
      return value === undefined ? '' : ` ${quote(String(value), 40)}`;
  }
}
