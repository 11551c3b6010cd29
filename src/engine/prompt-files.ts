import picomatch from 'picomatch';
import type { LoadedConfig } from '../config/load.js';
import type { PromptEntry } from '../config/schema.js';
import { promptFormatFor } from '../prompts/formats/parse.js';
import type { PromptMeta } from '../prompts/model.js';

/** What zero-config mode reads: every GitHub Models prompt file. */
export const ZERO_CONFIG_GLOB = '**/*.prompt.{yml,yaml}';

/** Whether a changed path can affect the suite: it is a prompt file the config selects. */
export function selectsPromptFile(loaded: LoadedConfig, path: string): boolean {
  const entries: PromptEntry[] = loaded.config.prompts ?? [ZERO_CONFIG_GLOB];
  return entries.some((e) => {
    const pattern = typeof e === 'string' ? e : e.path;
    return picomatch(pattern)(path) && promptFormatFor(path, { named: promptRef(pattern) === path }) !== undefined;
  });
}

export interface SelectedFile {
  path: string;
  flags: Exclude<PromptEntry, string> | { path: string; id?: undefined; model?: undefined };
  /** Named exactly by an entry (not only matched by a glob): any `*.yml` is then a prompt file. */
  named: boolean;
}

/** A prompt as a config names it (an id or a path), with a leading `./` of a path left out: file lists have none. */
export function promptRef(name: string): string {
  return name.replace(/^(?:\.\/)+/, '');
}

/** Files matched by the prompt entries; a later explicit entry refines flags of an earlier glob. */
export function selectPromptFiles(files: string[], entries: PromptEntry[]): SelectedFile[] {
  const selected = new Map<string, SelectedFile>();
  for (const entry of entries) {
    const pattern = typeof entry === 'string' ? entry : entry.path;
    const isMatch = picomatch(pattern, { dot: false });
    const exact = !picomatch.scan(pattern).isGlob;
    for (const path of files) {
      const named = exact && path === promptRef(pattern);
      if (!isMatch(path) || !promptFormatFor(path, { named })) continue;
      const flags = typeof entry === 'string' ? { path } : entry;
      const before = selected.get(path);
      selected.set(path, { path, flags: { ...before?.flags, ...flags }, named: named || before?.named === true });
    }
  }
  return [...selected.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function meta(flags: SelectedFile['flags']): PromptMeta {
  const out: PromptMeta = {};
  if ('interactive' in flags && flags.interactive !== undefined) out.interactive = flags.interactive;
  if ('critical' in flags && flags.critical !== undefined) out.critical = flags.critical;
  if ('grounded' in flags && flags.grounded !== undefined) out.grounded = flags.grounded;
  if ('maxInputTokens' in flags && flags.maxInputTokens !== undefined) out.maxInputTokens = flags.maxInputTokens;
  if ('contextWindow' in flags && flags.contextWindow !== undefined) out.contextWindow = flags.contextWindow;
  if ('adversarial' in flags && flags.adversarial !== undefined) out.adversarial = flags.adversarial;
  if ('degraded' in flags && flags.degraded !== undefined) out.degraded = flags.degraded;
  return out;
}
