import { homedir, tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Published text (a check run, a comment) must not carry paths of the host's file system: they
 * tell an attacker where the service lives and what it runs. Repository paths are relative and
 * stay; an absolute path is replaced by `<host path>`, known roots (the service's directory,
 * work dir, home, temp: they may hold spaces) first, with whatever follows them.
 */
const HOST_PATH = '<host path>';
/** An absolute POSIX path (two segments or more, not inside a URL) or a Windows drive path. */
const ABSOLUTE = /(?<![\w:/.~-])(?:file:\/\/)?(?:\/[\w.@+~-]+){2,}\/?|\b[A-Za-z]:\\[^\s'"`)]+/g;

export function withoutHostPaths(text: string, roots: readonly string[] = []): string {
  const known = [...roots, process.cwd(), homedir(), tmpdir(), dirname(fileURLToPath(import.meta.url))]
    .filter((r) => r.length > 1)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const root of known) out = out.replace(new RegExp(`(?:file://)?${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s'"\`),;:]*`, 'g'), HOST_PATH);
  return out.replace(ABSOLUTE, HOST_PATH);
}
