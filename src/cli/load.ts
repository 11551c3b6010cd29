import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, defaultConfig, parseConfig, type LoadedConfig } from '../config/load.js';
import { UserError } from '../util/errors.js';

export interface ProjectLocation {
  /** Directory prompt paths are relative to: the config file's directory, else the working directory. */
  root: string;
  loaded: LoadedConfig;
}

/** Finds and parses the config the CLI was pointed at (or the default one, or none). */
export async function locateProject(configArg: string | undefined, cwd = process.cwd()): Promise<ProjectLocation> {
  if (configArg) {
    const path = resolve(cwd, configArg);
    if (!existsSync(path)) {
      throw new UserError(`config file not found: ${configArg}`, { hint: 'check the --config path, or omit it to use every *.prompt.yml (zero-config)' });
    }
    return { root: dirname(path), loaded: parseConfig(configArg, await readFile(path, 'utf8')) };
  }
  const path = resolve(cwd, DEFAULT_CONFIG_PATH);
  if (existsSync(path)) return { root: cwd, loaded: parseConfig(DEFAULT_CONFIG_PATH, await readFile(path, 'utf8')) };
  return { root: cwd, loaded: defaultConfig() };
}

/** A directory as the user can name it: relative to the working directory, never by its host path. */
export function shownDirectory(dir: string, cwd: string): string {
  const path = relative(cwd, dir).split('\\').join('/');
  return path === '' ? 'the current directory' : path;
}
