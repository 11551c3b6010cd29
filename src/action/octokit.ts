import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubApi } from '../github/api.js';

/**
 * Octokit with the retry and throttling plugins: secondary rate limits and transient 5xx are
 * waited out instead of failing the job. `GITHUB_API_URL` (GHES, or a test server) is honoured.
 */
export function createOctokit(token: string, env: NodeJS.ProcessEnv, log: (line: string) => void): GitHubApi {
  return getOctokit(
    token,
    {
      baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
      },
      retry: { doNotRetry: [400, 401, 403, 404, 422, 451] },
    },
    retry,
    throttling,
  ) as unknown as GitHubApi;
}
