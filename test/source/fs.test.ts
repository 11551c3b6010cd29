import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectorySource } from '../../src/source/fs.js';
import { PromptFileError, UserError } from '../../src/util/errors.js';

const top = mkdtempSync(join(tmpdir(), 'promptgate-fs-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));
const repo = join(top, 'repo');
const outside = join(top, 'outside');
mkdirSync(join(repo, 'prompts'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, 'secret.prompt.yml'), 'messages: [{role: user, content: "AWS_SECRET=abc"}]\n');
writeFileSync(join(outside, 'other.prompt.yml'), 'name: other\n');
writeFileSync(join(repo, 'prompts/real.prompt.yml'), 'name: real\n');
symlinkSync(join(outside, 'secret.prompt.yml'), join(repo, 'prompts/leak.prompt.yml'));
symlinkSync(outside, join(repo, 'linked-dir'));
symlinkSync('real.prompt.yml', join(repo, 'prompts/alias.prompt.yml'));

describe('DirectorySource (the CLI’s working tree)', () => {
  it('lists links, so that one leading out is reported, not skipped, and reads none that lead out', async () => {
    const source = new DirectorySource(repo);
    const files = await source.listFiles();
    expect(files).toEqual(expect.arrayContaining(['prompts/real.prompt.yml', 'prompts/leak.prompt.yml', 'linked-dir/other.prompt.yml']));
    await expect(source.readFile('linked-dir/other.prompt.yml')).rejects.toBeInstanceOf(PromptFileError);
  });

  it('refuses a symbolic link that leads out of the repository, naming the file', async () => {
    const err = await new DirectorySource(repo).readFile('prompts/leak.prompt.yml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PromptFileError);
    expect((err as PromptFileError).format()).toMatch(/^prompts\/leak\.prompt\.yml: .*symbolic link to a file outside the repository/);
    expect((err as Error).message).not.toContain(top);
  });

  it('refuses a path that climbs out with ..', async () => {
    await expect(new DirectorySource(repo).readFile('../outside/other.prompt.yml')).rejects.toBeInstanceOf(PromptFileError);
  });

  it('reads a link to a file inside the repository, and a missing file as undefined', async () => {
    const source = new DirectorySource(repo);
    expect(await source.readFile('prompts/alias.prompt.yml')).toBe('name: real\n');
    expect(await source.readFile('prompts/missing.prompt.yml')).toBeUndefined();
  });

  it('refuses a file that is not UTF-8, at the line where it stops being so', async () => {
    writeFileSync(join(repo, 'prompts/latin1.prompt.yml'), Buffer.from('name: a\nmessages: []\ndescription: caf\xe9\n', 'latin1'));
    const err = await new DirectorySource(repo).readFile('prompts/latin1.prompt.yml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toMatch(/^prompts\/latin1\.prompt\.yml:3: the file is not UTF-8 text: line 3 has a byte that is not UTF-8/);
  });
});
