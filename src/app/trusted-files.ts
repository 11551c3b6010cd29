import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { posix } from 'node:path';
import { defaultConfig, parseConfig, type LoadedConfig } from '../config/load.js';
import type { CommitRange } from '../compare/range.js';
import type { ChangeSource } from '../source/types.js';
import { sha256 } from '../util/hash.js';

/** Files a custom assertion module may import next to itself. */
const MODULE_FILE = /\.(?:m?js|cjs|json)$/;

/**
 * The config that decides providers, gate and custom assertions: the one at the base branch's
 * tip (not the merge base, which an old branch point would make an old config). Missing or
 * broken, the defaults apply, never the head's config.
 */
export async function trustedConfig(source: ChangeSource, range: CommitRange, configPath: string): Promise<LoadedConfig> {
  if (!range.baseSha) return defaultConfig();
  const text = await source.at(range.baseSha, `base ${range.baseSha.slice(0, 7)}`).readFile(configPath);
  if (text === undefined) return defaultConfig();
  try {
    return parseConfig(configPath, text);
  } catch {
    return defaultConfig(); // compare() reports the broken config
  }
}

/**
 * The App's `root` for one comparison: a directory holding the custom assertion modules of the
 * trusted (base) config, read from the base commit, never from the PR head. Its name is a hash
 * of those files, so a changed module gets a new directory (Node caches imported modules by
 * path) and identical ones are shared; the response cache lives inside it.
 */
export async function trustedRoot(source: ChangeSource, range: CommitRange, trusted: LoadedConfig, repoDir: string): Promise<string> {
  const files = range.baseSha && trusted.file ? await assertionFiles(source, range.baseSha, trusted) : new Map<string, string>();
  const digest = sha256([...files].map(([path, text]) => `${path}\u0000${sha256(text)}`).join('\n')).slice(0, 16);
  const root = join(repoDir, digest);
  if (existsSync(join(root, '.complete'))) return root;
  await mkdir(repoDir, { recursive: true });
  const staging = await mkdtemp(join(repoDir, '.staging-'));
  for (const [path, text] of files) {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await writeFile(join(staging, path), text);
  }
  await writeFile(join(staging, '.complete'), '');
  try {
    await rename(staging, root);
  } catch (err) {
    // Another evaluation of the same repository materialised the same files first.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(root, '.complete'))) throw err;
  }
  return root;
}

/** The `javascript` assertion modules the base config names, with the module files beside them. */
async function assertionFiles(source: ChangeSource, baseSha: string, trusted: LoadedConfig): Promise<Map<string, string>> {
  const base = source.at(baseSha, `base ${baseSha.slice(0, 7)}`);
  const configDir = posix.dirname(trusted.file ?? '');
  const modules = trusted.config.tests
    .flatMap((t) => t.assert)
    .filter((a) => a.type === 'javascript' && a.file)
    .map((a) => posix.normalize(posix.join(configDir, a.file!)))
    .filter((p) => !p.startsWith('../') && !posix.isAbsolute(p));
  if (modules.length === 0) return new Map();
  const dirs = new Set(modules.map((m) => posix.dirname(m)));
  const wanted = (await base.listFiles()).filter((f) => dirs.has(posix.dirname(f)) && MODULE_FILE.test(f));
  const files = new Map<string, string>();
  for (const path of new Set([...modules, ...wanted])) {
    const content = await base.readFile(path);
    if (content !== undefined) files.set(path, content);
  }
  return files;
}
