import { materialiseModules } from '../compare/trusted-modules.js';
import { defaultConfig, parseConfig, type LoadedConfig } from '../config/load.js';
import type { ChangeSource, CommitRange } from '../source/types.js';

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
 * trusted (base) config, read from the base commit, never from the PR head (see
 * materialiseModules); the response cache lives inside it.
 */
export async function trustedRoot(source: ChangeSource, range: CommitRange, trusted: LoadedConfig, repoDir: string): Promise<string> {
  // The trusted side is the base branch's tip (without a base, the commit judged is on the trusted branch itself).
  const base = range.baseSha || range.headSha;
  return materialiseModules(source.at(base, `base ${base.slice(0, 7)}`), trusted, repoDir);
}
