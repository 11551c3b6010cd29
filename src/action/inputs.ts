import * as core from '@actions/core';
import * as z from 'zod';
import { MAX_SHARDS } from '../compare/types.js';
import { UserError } from '../util/errors.js';

/** The Action's inputs, parsed once at the edge (action.yml documents each). */
export const inputSchema = z.object({
  githubToken: z.string().min(1, 'is empty: pass `github-token: ${{ github.token }}` (the default)'),
  config: z.string().min(1).default('promptgate.yml'),
  failOn: z.enum(['regression', 'any-failure', 'never']).optional(),
  overrideLabel: z.string().min(1).optional(),
  comment: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  modelsUrl: z.url().optional(),
  maxConcurrency: z.coerce.number().int().min(1).max(256).optional(),
  shard: z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like i/n, e.g. 1/4')
    .transform((s) => {
      const [index, total] = s.split('/').map(Number) as [number, number];
      return { index, total };
    })
    .refine((s) => s.total >= 1 && s.index >= 1 && s.index <= s.total, 'needs 1 ≤ i ≤ n')
    .refine((s) => s.total <= MAX_SHARDS, `may have at most ${MAX_SHARDS} shards (n ≤ ${MAX_SHARDS}, as many as a matrix runs)`)
    .optional(),
  merge: z.string().min(1).optional(),
});

export type ActionInputs = z.infer<typeof inputSchema>;

/** Input names as action.yml spells them; a key missing here is a compile error. */
const NAMES: Record<keyof ActionInputs, string> = {
  githubToken: 'github-token',
  config: 'config',
  failOn: 'fail-on',
  overrideLabel: 'override-label',
  comment: 'comment',
  modelsUrl: 'models-url',
  maxConcurrency: 'max-concurrency',
  shard: 'shard',
  merge: 'merge',
};

export function readInputs(): ActionInputs {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([key, name]) => [key, core.getInput(name) || undefined]));
  // Parsed once: zod's compiled fast path would cost more to build than it saves.
  const result = inputSchema.safeParse(raw, { jitless: true });
  if (result.success) {
    if (result.data.shard && result.data.merge) throw new UserError('inputs `shard` and `merge` are set together', { hint: 'shard jobs set `shard: i/n`; the one job that `needs:` them sets `merge:` to where it downloaded their reports' });
    return result.data;
  }
  const issue = result.error.issues[0]!;
  const name = NAMES[issue.path[0] as keyof ActionInputs] ?? String(issue.path[0]);
  throw new UserError(`input \`${name}\` ${issue.message}`, { hint: 'see the inputs in action.yml / README.md' });
}
