import { ConfigError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { parseYaml, validateYaml } from '../yaml/index.js';
import { configSchema, type Config } from './schema.js';

export const DEFAULT_CONFIG_PATH = 'promptgate.yml';

export interface LoadedConfig {
  config: Config;
  /** Path of the file read, or undefined in zero-config mode. */
  file?: string;
  /** Hash of the config text ('' when absent): part of what binds a result to its inputs. */
  hash: string;
}

const CONFIG_HINT = 'see the promptgate.yml reference in README.md, or point your editor at schema/promptgate.schema.json';

/**
 * Parses and validates `promptgate.yml` text. YAML syntax errors and schema violations become a
 * ConfigError at the offending node's line and column, naming what was expected; every schema
 * problem is listed.
 */
export function parseConfig(file: string, text: string): LoadedConfig {
  const hash = sha256(text).slice(0, 16);
  const source = parseYaml(text, { file, hint: '', error: ConfigError });
  const config = validateYaml(configSchema, source, CONFIG_HINT, { path: [], value: source.value ?? {} });
  return { config, file, hash };
}

/** The zero-config default: every `*.prompt.yml` is a prompt with its own tests. */
export function defaultConfig(): LoadedConfig {
  return { config: configSchema.parse({}), hash: '' };
}
