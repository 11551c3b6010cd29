import { fileURLToPath } from 'node:url';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { TestRepo } from './git-repo.js';
import { pullRequestEvent, type CommitRef, type PullRequestEventOptions } from './webhook-payloads.js';

const DEMO_BASE = fileURLToPath(new URL('../../fixtures/demo/base', import.meta.url));
export const FORK_OWNER = 'acme';
export const FORK_REPO = 'support-bot';

export interface ForkPullRequestOptions {
  number: number;
  /** The contributor's change, committed on `headRef` of the fork. */
  change: (repo: TestRepo) => void | Promise<void>;
  /** What main holds besides the demo before the PR branches off. */
  setupBase?: (repo: TestRepo) => void;
  /** main moving on after the PR branched off: the base branch's tip is then not the merge base. */
  later?: (repo: TestRepo) => void;
  headRef?: string;
  /** More pull requests from the same fork branch (numbers). */
  extraPulls?: number[];
  /** The fake GitHub's collaborators and tokens. */
  roles?: FakeGitHubOptions['roles'];
  tokens?: FakeGitHubOptions['tokens'];
}

/**
 * A read-only contributor's pull request from a fork (`fork-owner/support-bot`) into the demo
 * repository (fixtures/demo/base on main), served by the fake GitHub: what every trust test
 * starts from, whichever front end (the Action, the App) it then runs.
 */
export class ForkPullRequest {
  readonly origin = new TestRepo();
  base!: CommitRef;
  head!: CommitRef;
  github!: FakeGitHub;

  private constructor(private readonly opts: ForkPullRequestOptions) {}

  /** Builds the repository and starts the fake GitHub; `cleanup` gets what to undo, in order. */
  static async open(opts: ForkPullRequestOptions, cleanup: (() => unknown)[]): Promise<ForkPullRequest> {
    const pr = new ForkPullRequest(opts);
    cleanup.push(() => pr.origin.cleanup());
    const headRef = opts.headRef ?? 'prompt-tuning';
    pr.origin.copy(DEMO_BASE);
    opts.setupBase?.(pr.origin);
    let baseSha = pr.origin.commit('Acme support prompts');
    pr.origin.branch(headRef);
    await opts.change(pr.origin);
    pr.head = { ref: headRef, sha: pr.origin.commit('from a fork') };
    if (opts.later) {
      pr.origin.checkout('main');
      opts.later(pr.origin);
      baseSha = pr.origin.commit('main moves on');
    }
    pr.base = { ref: 'main', sha: baseSha };
    pr.github = await startFakeGitHub({
      owner: FORK_OWNER,
      repo: FORK_REPO,
      gitDir: pr.origin.dir,
      pulls: [opts.number, ...(opts.extraPulls ?? [])].map((number) => pr.pull(number)),
      ...(opts.roles ? { roles: opts.roles } : {}),
      ...(opts.tokens ? { tokens: opts.tokens } : {}),
    });
    cleanup.push(() => pr.github.close());
    return pr;
  }

  /** The contributor pushes another commit to the fork branch; the PR's labels stay. */
  push(change: (repo: TestRepo) => void): void {
    this.origin.checkout(this.head.ref);
    change(this.origin);
    this.head = { ref: this.head.ref, sha: this.origin.commit('another change') };
    this.github.setPull({ ...this.pull(this.opts.number), labels: this.github.labels(this.opts.number) });
  }

  /** The `pull_request` event GitHub would deliver for this PR now (its labels as they are). */
  event<A extends Parameters<typeof pullRequestEvent>[0]>(action: A, extra: Partial<PullRequestEventOptions> = {}) {
    const number = extra.number ?? this.opts.number;
    return pullRequestEvent(action, { owner: FORK_OWNER, repo: FORK_REPO, number, base: this.base, head: this.head, labels: this.github.labels(number), fork: true, ...extra });
  }

  private pull(number: number) {
    return { number, baseRef: 'main', baseSha: this.base.sha, headRef: this.head.ref, headSha: this.head.sha, headRepoFullName: `fork-owner/${FORK_REPO}` };
  }
}
