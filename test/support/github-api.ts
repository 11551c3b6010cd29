import { getOctokit } from '@actions/github';
import type { GitHubApi } from '../../src/github/api.js';
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { TestRepo } from './git-repo.js';

/** A real Octokit (as the Action builds it) against the fake GitHub, with the given token. */
export function apiFor(github: FakeGitHub, token = DEFAULT_TOKEN): GitHubApi {
  return getOctokit(token, { baseUrl: github.url, retry: { enabled: false } }) as unknown as GitHubApi;
}

export interface OneCommitGitHub {
  github: FakeGitHub;
  /** The one commit's sha. */
  sha: string;
  /** Stops the fake GitHub and removes the repository. */
  close(): Promise<void>;
}

/**
 * What the github/ modules' tests run against: a repository of one commit (`files`) served by the
 * fake GitHub as acme/bot, with the options `options(sha)` gives (pulls, roles, tokens).
 */
export async function oneCommitGitHub(options: (sha: string) => Partial<Omit<FakeGitHubOptions, 'gitDir'>> = () => ({}), files: Record<string, string> = { 'README.md': 'hi\n' }): Promise<OneCommitGitHub> {
  const repo = new TestRepo().write(files);
  const sha = repo.commit('one commit');
  const github = await startFakeGitHub({ owner: 'acme', repo: 'bot', ...options(sha), gitDir: repo.dir });
  return {
    github,
    sha,
    close: async () => {
      await github.close();
      repo.cleanup();
    },
  };
}
