import { getOctokit } from '@actions/github';
import type { GitHubApi } from '../../src/github/api.js';
import { DEFAULT_TOKEN, type FakeGitHub } from './fake-github.js';

/** A real Octokit (as the Action builds it) against the fake GitHub, with the given token. */
export function apiFor(github: FakeGitHub, token = DEFAULT_TOKEN): GitHubApi {
  return getOctokit(token, { baseUrl: github.url, retry: { enabled: false } }) as unknown as GitHubApi;
}
