/**
 * The slice of Octokit promptgate uses: plain `request` and `paginate`. Both the Action's
 * Octokit (with retry and throttling plugins) and Probot's satisfy it, so publishing code is
 * shared by both front ends and testable against the fake GitHub API.
 */
export interface GitHubResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GitHubApi {
  request(route: string, params?: Record<string, unknown>): Promise<GitHubResponse<any>>;
  paginate(route: string, params?: Record<string, unknown>): Promise<any[]>;
}

export interface RepoRef {
  owner: string;
  repo: string;
}
