import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import type { FileSource } from '../source/types.js';
import { sha256 } from '../util/hash.js';

/** Files a custom assertion module may import next to itself. */
const MODULE_FILE = /\.(?:m?js|cjs|json)$/;

/**
 * Writes the files `javascript` assertions may load, read from the trusted commit (never a pull
 * request's head), into a folder of `parentDir` named by their content, and returns it: the
 * `moduleRoot` custom assertions are confined to. Node caches modules by path, so a changed
 * module gets a new folder, and identical ones share one. The modules the config names and the
 * module files beside them are written; the config's own folder is the root's.
 */
export async function materialiseModules(trusted: FileSource, loaded: LoadedConfig, parentDir: string): Promise<string> {
  const files = loaded.file ? await moduleFiles(trusted, loaded) : new Map<string, string>();
  const digest = sha256([...files].map(([path, text]) => `${path}\u0000${sha256(text)}`).join('\n')).slice(0, 16);
  const root = join(parentDir, digest);
  if (existsSync(join(root, '.complete'))) return root;
  await mkdir(parentDir, { recursive: true });
  const staging = await mkdtemp(join(parentDir, '.staging-'));
  for (const [path, text] of files) {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await writeFile(join(staging, path), text);
  }
  await writeFile(join(staging, '.complete'), '');
  try {
    await rename(staging, root);
  } catch (err) {
    // Another evaluation materialised the same files first.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(root, '.complete'))) throw err;
  }
  return root;
}

/** Repository paths of the modules the config's `javascript` assertions name (inside the repository). */
export function namedModules(loaded: LoadedConfig): string[] {
  const configDir = posix.dirname(loaded.file ?? '');
  return loaded.config.tests
    .flatMap((t) => t.assert)
    .filter((a) => a.type === 'javascript' && a.file)
    .map((a) => posix.normalize(posix.join(configDir, a.file!)))
    .filter((p) => !p.startsWith('../') && !posix.isAbsolute(p));
}

async function moduleFiles(trusted: FileSource, loaded: LoadedConfig): Promise<Map<string, string>> {
  const modules = namedModules(loaded);
  if (modules.length === 0) return new Map();
  const dirs = new Set(modules.map((m) => posix.dirname(m)));
  const beside = (await trusted.listFiles()).filter((f) => dirs.has(posix.dirname(f)) && MODULE_FILE.test(f));
  const files = new Map<string, string>();
  for (const path of new Set([...modules, ...beside])) {
    const content = await trusted.readFile(path);
    if (content !== undefined) files.set(path, content);
  }
  return files;
}
