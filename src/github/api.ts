import type { Octokit } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';

/**
 * The slice of Octokit promptgate uses: `request` and `paginate`, typed by Octokit's own route
 * table, so response shapes come from GitHub's REST description. Both the Action's Octokit
 * (with retry and throttling plugins) and Probot's satisfy it, so publishing code is shared by
 * both front ends and testable against the fake GitHub API.
 */
export type GitHubApi = Pick<Octokit, 'request'> & { paginate: PaginateInterface };

export interface RepoRef {
  owner: string;
  repo: string;
}
