// `npm run demo`: the main job on the bundled example, with no API keys.
// Builds a real git repository from fixtures/demo (main = base/, branch prompt-tuning = base/
// plus pr/), starts the scripted model server on 127.0.0.1, and runs
// `promptgate compare --base main` on it exactly as a user would.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startModelServerProcess } from './model-server-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures/demo');
const out = join(root, '.promptgate/demo');
mkdirSync(out, { recursive: true });

const repo = mkdtempSync(join(tmpdir(), 'promptgate-demo-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
git('init', '--quiet', '--initial-branch=main');
git('config', 'user.email', 'demo@acme.example');
git('config', 'user.name', 'Acme Demo');
cpSync(join(fixtures, 'base'), repo, { recursive: true });
git('add', '-A');
git('commit', '--quiet', '-m', 'Acme support prompts');
git('checkout', '--quiet', '-b', 'prompt-tuning');
cpSync(join(fixtures, 'pr'), repo, { recursive: true });
git('add', '-A');
git('commit', '--quiet', '-m', readFileSync(join(fixtures, 'pr.message'), 'utf8'));

const server = await startModelServerProcess({ latencyMs: 20 });
console.log(`Demo repository: ${repo} (branch prompt-tuning, base main)`);
console.log(`Scripted model server: ${server.url} (answers depend on the prompt text; no API keys)\n`);
const code = await new Promise((resolve) => {
  const child = spawn(
    process.execPath,
    [join(root, 'dist/cli.js'), 'compare', '--base', 'main', '--json', join(out, 'report.json'), '--markdown', join(out, 'report.md'), '--html', join(out, 'report.html'), '--no-cache'],
    { cwd: repo, env: { ...process.env, ...server.env }, stdio: 'inherit' },
  );
  child.once('exit', (c) => resolve(c ?? 1));
});
await server.close();
rmSync(repo, { recursive: true, force: true });

const meaning = { 0: 'pass', 1: 'regression: in CI this blocks the merge', 2: 'config error', 3: 'inconclusive: provider outage' };
console.log(`\npromptgate exited with ${code} (${meaning[code] ?? 'unexpected'}).`);
console.log(`Wrote ${join('.promptgate/demo', 'report.json')}, ${join('.promptgate/demo', 'report.md')} (the PR comment) and ${join('.promptgate/demo', 'report.html')} (open it in a browser).`);
