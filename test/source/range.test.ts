import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isRecentAncestor } from '../../src/source/git.js';
import { resolveRange } from '../../src/source/range.js';
import { TestRepo } from '../support/git-repo.js';

const origin = new TestRepo();
const clones: TestRepo[] = [];
afterAll(() => [origin, ...clones].forEach((r) => r.cleanup()));

origin.write({ 'a.md': '1\n' });
const c1 = origin.commit('one');
origin.write({ 'a.md': '2\n' });
const c2 = origin.commit('two');
origin.branch('feature').write({ 'b.md': 'f1\n' });
const f1 = origin.commit('feature one');
origin.write({ 'b.md': 'f2\n' });
const f2 = origin.commit('feature two');
origin.checkout('main').write({ 'a.md': '3\n' });
const c3 = origin.commit('three');
origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');

describe('the merge base of a pull request', () => {
  it('finds base in the head’s recent history, and nothing that is not an ancestor', async () => {
    expect(await isRecentAncestor(origin.dir, c2, f2)).toBe(true);
    expect(await isRecentAncestor(origin.dir, c1, f2)).toBe(true);
    expect(await isRecentAncestor(origin.dir, f2, f2)).toBe(true);
    expect(await isRecentAncestor(origin.dir, c3, f2)).toBe(false);
    expect(await isRecentAncestor(origin.dir, f2, f1)).toBe(false);
  });

  it.each([
    ['a branch up to date with base', () => c2],
    ['a branch whose base has moved on', () => c3],
  ])('is what git merge-base says for %s, in a one-commit-deep checkout', async (_, base) => {
    const clone = origin.shallowClone('feature');
    clones.push(clone);
    const range = await resolveRange(clone.dir, base(), f2);
    expect(range).toMatchObject({ baseSha: base(), headSha: f2, mergeBaseSha: origin.git('merge-base', base(), f2).trim() });
    expect(range.mergeBaseSha).toBe(c2);
  });

  it('refuses a base or head that git would read as an option, before running git', async () => {
    const marker = `${origin.dir}/ran`;
    for (const [base, head] of [[`--upload-pack=touch ${marker}`, f2], [c2, '--output=/tmp/x']]) {
      await expect(resolveRange(origin.dir, base!, head!)).rejects.toThrow(/names starting with "-" are read by git as options/);
    }
    expect(existsSync(marker)).toBe(false);
  });
});
