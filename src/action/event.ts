import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { UserError } from '../util/errors.js';

/** What promptgate needs from a workflow event, whatever the event. */
export type ActionEvent =
  | {
      kind: 'pull_request';
      action: string;
      number: number;
      base: { ref: string; sha: string };
      head: { ref: string; sha: string };
      labels: string[];
      /** The label this event added, and who added it (`labeled` events only). */
      labeled?: { label: string; by: string };
      fork: boolean;
    }
  | { kind: 'merge_group'; base: { ref: string; sha: string }; head: { ref: string; sha: string } }
  | { kind: 'push'; base: { ref: string; sha: string } | null; head: { ref: string; sha: string } }
  | { kind: 'workflow_dispatch'; head: { ref: string; sha: string } };

const ref = z.object({ ref: z.string(), sha: z.string() });
const pullRequestPayload = z.object({
  action: z.string(),
  number: z.number().int(),
  pull_request: z.object({
    base: ref,
    head: ref.extend({ repo: z.object({ full_name: z.string(), fork: z.boolean().optional() }).nullable() }),
    labels: z.array(z.object({ name: z.string() })).default([]),
  }),
  repository: z.object({ full_name: z.string() }),
  label: z.object({ name: z.string() }).optional(),
  sender: z.object({ login: z.string() }),
});
const mergeGroupPayload = z.object({
  merge_group: z.object({ head_sha: z.string(), head_ref: z.string(), base_sha: z.string(), base_ref: z.string() }),
});
const pushPayload = z.object({ ref: z.string(), before: z.string(), after: z.string() });
const ZERO_SHA = /^0+$/;

/** Reads GITHUB_EVENT_NAME / GITHUB_EVENT_PATH as the runner sets them. */
export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new UserError('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set', { hint: 'promptgate runs as a step of a GitHub Actions workflow' });
  const payload: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parse = <T>(schema: z.ZodType<T>): T => {
    // Parsed once: zod's compiled fast path would cost more to build than it saves.
    const result = schema.safeParse(payload, { jitless: true });
    if (result.success) return result.data;
    throw new UserError(`the ${name} event payload is not what GitHub sends: ${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`);
  };
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const p = parse(pullRequestPayload);
      return {
        kind: 'pull_request',
        action: p.action,
        number: p.number,
        base: { ref: p.pull_request.base.ref, sha: p.pull_request.base.sha },
        head: { ref: p.pull_request.head.ref, sha: p.pull_request.head.sha },
        labels: p.pull_request.labels.map((l) => l.name),
        labeled: p.action === 'labeled' && p.label ? { label: p.label.name, by: p.sender.login } : undefined,
        fork: p.pull_request.head.repo?.fork === true || (p.pull_request.head.repo !== null && p.pull_request.head.repo.full_name !== p.repository.full_name),
      };
    }
    case 'merge_group': {
      const m = parse(mergeGroupPayload).merge_group;
      return { kind: 'merge_group', base: { ref: m.base_ref, sha: m.base_sha }, head: { ref: m.head_ref, sha: m.head_sha } };
    }
    case 'push': {
      const p = parse(pushPayload);
      return { kind: 'push', base: ZERO_SHA.test(p.before) ? null : { ref: p.before, sha: p.before }, head: { ref: p.ref, sha: p.after } };
    }
    case 'workflow_dispatch':
      return { kind: 'workflow_dispatch', head: { ref: env.GITHUB_REF ?? 'HEAD', sha: env.GITHUB_SHA ?? 'HEAD' } };
    default:
      throw new UserError(`promptgate does not handle the ${name} event`, {
        hint: 'trigger it on pull_request (opened, synchronize, reopened, labeled, unlabeled), merge_group, push or workflow_dispatch',
      });
  }
}
