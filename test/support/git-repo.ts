import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temp directory, built commit by commit by a test. */
export class TestRepo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'promptgate-repo-'));
    if (!dir) {
      this.git('init', '--quiet', '--initial-branch=main');
      this.git('config', 'user.email', 'test@example.com');
      this.git('config', 'user.name', 'Test');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  /** Fixed dates make commit SHAs, and so report snapshots, reproducible. */
  git(...args: string[]): string {
    const date = '2026-01-01T00:00:00Z';
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  }

  write(files: Record<string, string>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    return this;
  }

  /** Copies a fixture directory into the repository root. */
  copy(fromDir: string): this {
    cpSync(fromDir, this.dir, { recursive: true });
    return this;
  }

  remove(...paths: string[]): this {
    for (const p of paths) rmSync(join(this.dir, p));
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  /** Commits everything and returns the new commit's SHA. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  branch(name: string): this {
    this.git('checkout', '--quiet', '-b', name);
    return this;
  }

  checkout(ref: string): this {
    this.git('checkout', '--quiet', ref);
    return this;
  }

  /** A `--depth 1` clone of one branch over file://, as actions/checkout makes by default. */
  shallowClone(branch: string): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-clone-'));
    execFileSync('git', ['clone', '--quiet', '--depth=1', '--branch', branch, `file://${this.dir}`, dir], { stdio: 'ignore' });
    return new TestRepo(dir);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
