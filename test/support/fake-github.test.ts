import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeToken } from './fake-github.js';
import { TestRepo } from './git-repo.js';
import { RouteTable, documentedRoutes } from './openapi-routes.js';
import {
  checkRunRerequestedEvent,
  checkSuiteRerequestedEvent,
  issueCommentEvent,
  mergeGroupEvent,
  pullRequestEvent,
  pushEvent,
  workflowDispatchEvent,
} from './webhook-payloads.js';

const OWNER = 'acme';
const REPO = 'prompts';

const WRITE = 'ghs_write';
const READ_ONLY = 'ghs_read_only';
const USER = 'github_pat_user';
const tokens: Record<string, FakeToken> = {
  [WRITE]: { login: 'github-actions[bot]', type: 'Bot', permissions: { pull_requests: 'write', issues: 'write', checks: 'write', contents: 'read', metadata: 'read' } },
  [READ_ONLY]: { login: 'github-actions[bot]', type: 'Bot', permissions: { pull_requests: 'read', issues: 'read', checks: 'read', contents: 'read', metadata: 'read' } },
  [USER]: { login: 'mona', type: 'User', permissions: { pull_requests: 'write', contents: 'read' } },
};

type Octokit = ReturnType<typeof getOctokit>;

function octokitFor(gh: FakeGitHub, token: string): Octokit {
  return getOctokit(token, { baseUrl: gh.url, request: { fetch } });
}

async function get(gh: FakeGitHub, path: string, token = WRITE, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${gh.url}${path}`, { headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', ...headers } });
}

function linkRels(link: string | null): Record<string, string> {
  const rels: Record<string, string> = {};
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="(\w+)"/.exec(part.trim());
    if (m) rels[m[2]!] = new URL(m[1]!).searchParams.get('page') ?? '';
  }
  return rels;
}

describe('fake GitHub', () => {
  let repo: TestRepo;
  let gh: FakeGitHub;
  let baseSha: string;
  let headSha: string;
  let octokit: Octokit;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.write({
      'prompts/greet.prompt.yml': 'name: greet\nmessages:\n  - role: user\n    content: Hello {{name}}\n',
      'prompts/old-name.prompt.yml': 'name: old\nmessages:\n  - role: user\n    content: one\n    two\n    three\n',
      'prompts/gone.prompt.yml': 'name: gone\n',
      'README.md': '# prompts\n',
    });
    baseSha = repo.commit('base');
    repo.branch('feature/tone');
    repo.write({ 'prompts/greet.prompt.yml': 'name: greet\nmessages:\n  - role: user\n    content: Hi there {{name}}!\n' });
    repo.write({ 'prompts/new.prompt.yml': 'name: new\n' });
    repo.remove('prompts/gone.prompt.yml');
    repo.move('prompts/old-name.prompt.yml', 'prompts/renamed.prompt.yml');
    headSha = repo.commit('head');
    repo.checkout('main');

    gh = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      gitDir: repo.dir,
      tokens,
      pulls: [{ number: 7, baseRef: 'main', baseSha, headRef: 'feature/tone', headSha, labels: ['prompts'], author: 'dev' }],
      roles: { alice: 'admin', max: 'maintain', wes: 'write', tri: 'triage', rea: 'read' },
    });
    octokit = octokitFor(gh, WRITE);
  });

  afterAll(async () => {
    await gh.close();
    repo.cleanup();
  });

  it('serves a pull request shaped like GitHub’s', async () => {
    const { data } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(data).toMatchObject({
      number: 7,
      state: 'open',
      user: { login: 'dev' },
      head: { ref: 'feature/tone', sha: headSha, repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
      base: { ref: 'main', sha: baseSha, repo: { full_name: `${OWNER}/${REPO}` } },
    });
    expect(data.labels.map((l) => l.name)).toEqual(['prompts']);
    expect((await get(gh, `/repos/${OWNER}/${REPO}/pulls/99`)).status).toBe(404);
  });

  it('marks a fork PR’s head repository as a fork', async () => {
    gh.setPull({ number: 8, baseRef: 'main', baseSha, headRef: 'patch-1', headSha, headRepoFullName: 'stranger/prompts' });
    const { data } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 8 });
    expect(data.head.repo).toMatchObject({ full_name: 'stranger/prompts', fork: true });
  });

  it('lists a PR’s files from git with added, modified, removed and renamed statuses and patches', async () => {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 7 });
    const byName = Object.fromEntries(files.map((f) => [f.filename, f]));
    expect(Object.keys(byName).sort()).toEqual(['prompts/gone.prompt.yml', 'prompts/greet.prompt.yml', 'prompts/new.prompt.yml', 'prompts/renamed.prompt.yml']);
    expect(byName['prompts/greet.prompt.yml']).toMatchObject({ status: 'modified', additions: 1, deletions: 1, changes: 2 });
    expect(byName['prompts/greet.prompt.yml']!.patch).toMatch(/^@@ .* @@/);
    expect(byName['prompts/greet.prompt.yml']!.patch).toContain('+    content: Hi there {{name}}!');
    expect(byName['prompts/new.prompt.yml']).toMatchObject({ status: 'added', additions: 1, deletions: 0 });
    expect(byName['prompts/gone.prompt.yml']).toMatchObject({ status: 'removed', deletions: 1 });
    expect(byName['prompts/renamed.prompt.yml']).toMatchObject({ status: 'renamed', previous_filename: 'prompts/old-name.prompt.yml', changes: 0 });
    expect(byName['prompts/renamed.prompt.yml']!.patch).toBeUndefined();
  });

  it('paginates 250 comments into 3 pages of 100 with Link headers, and octokit.paginate reads them all', async () => {
    gh.setPull({ number: 20, baseRef: 'main', baseSha, headRef: 'feature/tone', headSha });
    for (let i = 0; i < 250; i++) gh.addComment(20, `comment ${i}`, { login: 'someone', type: 'User' });
    const path = `/repos/${OWNER}/${REPO}/issues/20/comments`;

    const first = await get(gh, `${path}?per_page=100`);
    expect((await first.json()) as unknown[]).toHaveLength(100);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}${path}?per_page=100&page=2>; rel="next", <${gh.url}${path}?per_page=100&page=3>; rel="last"`,
    );
    const middle = await get(gh, `${path}?per_page=100&page=2`);
    expect(linkRels(middle.headers.get('link'))).toEqual({ prev: '1', next: '3', last: '3', first: '1' });
    const last = await get(gh, `${path}?per_page=100&page=3`);
    expect((await last.json()) as unknown[]).toHaveLength(50);
    expect(linkRels(last.headers.get('link'))).toEqual({ prev: '2', first: '1' });

    // Default 30 a page; per_page above 100 is held to 100, as on GitHub.
    expect(linkRels((await get(gh, path)).headers.get('link')).last).toBe('9');
    expect((await (await get(gh, `${path}?per_page=500`)).json()) as unknown[]).toHaveLength(100);

    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: 20, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
  });

  it('omits the Link header when everything fits on one page', async () => {
    const res = await get(gh, `/repos/${OWNER}/${REPO}/issues/7/labels`);
    expect(res.headers.get('link')).toBeNull();
  });

  it('creates and edits comments as the token’s user, and refuses a body over 65,536 characters', async () => {
    const { data: created } = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: '<!-- promptgate -->\nfirst' });
    expect(created.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(created.html_url).toBe(`https://github.com/${OWNER}/${REPO}/pull/7#issuecomment-${created.id}`);
    const { data: edited } = await octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: created.id, body: '<!-- promptgate -->\nsecond' });
    expect(edited.body).toBe('<!-- promptgate -->\nsecond');
    expect(gh.comments.find((c) => c.id === created.id)?.body).toBe('<!-- promptgate -->\nsecond');

    const tooLong = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'x'.repeat(65_537) }).catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ status: 422, response: { data: { message: 'Validation Failed', errors: [{ resource: 'IssueComment' }] } } });
    expect((await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'x'.repeat(65_536) })).status).toBe(201);
  });

  it('reports each collaborator’s role_name with the legacy permission, and records every look-up', async () => {
    const lookup = async (username: string) =>
      (await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: OWNER, repo: REPO, username })).data;
    expect(await lookup('alice')).toMatchObject({ permission: 'admin', role_name: 'admin', user: { login: 'alice' } });
    expect(await lookup('max')).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(await lookup('wes')).toMatchObject({ permission: 'write', role_name: 'write' });
    expect(await lookup('tri')).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect(await lookup('rea')).toMatchObject({ permission: 'read', role_name: 'read' });
    expect(await lookup('nobody')).toMatchObject({ permission: 'none', role_name: 'none' });
    expect(gh.permissionLookups).toEqual(['alice', 'max', 'wes', 'tri', 'rea', 'nobody']);
  });

  it('records labels with labeled and unlabeled issue events naming the actor', async () => {
    gh.addLabel(7, 'promptgate:override', 'tri');
    gh.removeLabel(7, 'promptgate:override', 'wes');
    gh.addLabel(7, 'promptgate:override', 'alice');
    const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner: OWNER, repo: REPO, issue_number: 7 });
    expect(events.map((e) => [e.event, e.actor?.login, 'label' in e ? e.label?.name : undefined])).toEqual([
      ['labeled', 'tri', 'promptgate:override'],
      ['unlabeled', 'wes', 'promptgate:override'],
      ['labeled', 'alice', 'promptgate:override'],
    ]);
    const times = events.map((e) => e.created_at);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(3);
    const { data: labels } = await octokit.rest.issues.listLabelsOnIssue({ owner: OWNER, repo: REPO, issue_number: 7 });
    expect(labels.map((l) => l.name)).toEqual(['prompts', 'promptgate:override']);
  });

  it('answers a write from a read-only installation token with 403 and x-accepted-github-permissions', async () => {
    const readOnly = octokitFor(gh, READ_ONLY);
    const comment = await readOnly.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'hi' }).catch((e: unknown) => e);
    // Successful responses name the accepted permissions too.
    const ok = await readOnly.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(ok.headers['x-accepted-github-permissions']).toBe('pull_requests=read');
    expect(comment).toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' }, headers: { 'x-accepted-github-permissions': 'pull_requests=write; issues=write' } },
    });
    const check = await readOnly.rest.checks.create({ owner: OWNER, repo: REPO, name: 'promptgate', head_sha: headSha }).catch((e: unknown) => e);
    expect(check).toMatchObject({ status: 403, response: { headers: { 'x-accepted-github-permissions': 'checks=write' } } });
    // Reads still work with that token.
    expect((await readOnly.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 })).status).toBe(200);
  });

  it('answers GET /user with 403 for an installation token and the login for a user token', async () => {
    const bot = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(bot).toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
    const { data } = await octokitFor(gh, USER).rest.users.getAuthenticated();
    expect(data).toMatchObject({ login: 'mona', type: 'User' });
  });

  it('answers an unknown or missing token with 401 Bad credentials', async () => {
    const res = await get(gh, `/repos/${OWNER}/${REPO}/pulls/7`, 'ghs_unknown');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Bad credentials' });
    expect((await fetch(`${gh.url}/repos/${OWNER}/${REPO}/pulls/7`)).status).toBe(401);
    // Both `token X` and `Bearer X` are accepted.
    expect((await fetch(`${gh.url}/repos/${OWNER}/${REPO}/pulls/7`, { headers: { authorization: `Bearer ${WRITE}` } })).status).toBe(200);
  });

  describe('check runs', () => {
    const annotation = (i: number) => ({ path: 'prompts/greet.prompt.yml', start_line: i + 1, end_line: i + 1, annotation_level: 'warning' as const, message: `m${i}` });

    it('records a run’s every update, appending annotations batch by batch', async () => {
      const { data: created } = await octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'promptgate',
        head_sha: headSha,
        status: 'in_progress',
        output: { title: 'Running', summary: 'evaluating', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
      });
      expect(created).toMatchObject({ name: 'promptgate', head_sha: headSha, status: 'in_progress', conclusion: null, output: { annotations_count: 50 } });
      expect(created.pull_requests.map((p) => p.number)).toContain(7);
      await octokit.rest.checks.update({
        owner: OWNER,
        repo: REPO,
        check_run_id: created.id,
        output: { title: 'Running', summary: 'more', annotations: Array.from({ length: 20 }, (_, i) => annotation(50 + i)) },
      });
      const { data: done } = await octokit.rest.checks.update({
        owner: OWNER,
        repo: REPO,
        check_run_id: created.id,
        conclusion: 'failure',
        output: { title: 'Regression', summary: '2 tests regressed' },
      });
      expect(done).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'Regression', annotations_count: 70 } });

      const run = gh.checkRuns.find((r) => r.id === created.id)!;
      expect(run.annotationBatches).toEqual([50, 20]);
      expect(run.output.annotations.map((a) => a.message)).toEqual(Array.from({ length: 70 }, (_, i) => `m${i}`));
      expect(run.history.map((h) => [h.status, h.conclusion, h.summary])).toEqual([
        ['in_progress', null, 'evaluating'],
        ['in_progress', null, 'more'],
        ['completed', 'failure', '2 tests regressed'],
      ]);

      const { data: listed } = await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: headSha, check_name: 'promptgate' });
      expect(listed.total_count).toBe(1);
      expect(listed.check_runs[0]?.id).toBe(created.id);
      // A branch name with a slash is a ref too (the ref parameter spans path segments).
      const { data: byBranch } = await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: 'feature/tone', check_name: 'promptgate' });
      expect(byBranch.check_runs.map((r) => r.id)).toEqual([created.id]);
      const { data: none } = await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: headSha, check_name: 'other' });
      expect(none.total_count).toBe(0);
    });

    it('refuses more than 50 annotations in one request with GitHub’s 422', async () => {
      const res = await octokit.rest.checks
        .create({ owner: OWNER, repo: REPO, name: 'promptgate', head_sha: headSha, output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } })
        .catch((e: unknown) => e);
      expect(res).toMatchObject({ status: 422, response: { data: { message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.' } } });
    });

    it('refuses a summary over 65,535 characters, or over 65,535 bytes', async () => {
      const create = (summary: string) =>
        octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'promptgate', head_sha: headSha, output: { title: 't', summary } }).catch((e: unknown) => e);
      expect(await create('x'.repeat(65_536))).toMatchObject({ status: 422, response: { data: { message: 'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.' } } });
      expect(await create('é'.repeat(40_000))).toMatchObject({
        status: 422,
        response: { data: { message: 'Validation Failed', errors: [{ field: 'summary', message: 'summary exceeds a maximum bytesize of 65535' }] } },
      });
      expect(await create('x'.repeat(65_535))).toMatchObject({ status: 201 });
    });

    it('requires a title with output, and a head_sha that is a commit', async () => {
      const noTitle = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/check-runs`, {
        method: 'POST',
        headers: { authorization: `token ${WRITE}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'promptgate', head_sha: headSha, output: { summary: 's' } }),
      });
      expect(noTitle.status).toBe(422);
      expect(await noTitle.json()).toMatchObject({ message: 'Invalid request.\n\n"title" wasn\'t supplied.' });
      const badSha = await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'promptgate', head_sha: 'f'.repeat(40) }).catch((e: unknown) => e);
      expect(badSha).toMatchObject({ status: 422 });
    });
  });

  it('lists the PRs a commit belongs to, and none for a merge group’s synthetic commit, as GitHub does', async () => {
    const list = async (commit_sha: string) =>
      (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: OWNER, repo: REPO, commit_sha })).data.map((p) => p.number);
    expect(await list(headSha)).toContain(7);
    expect(await list('feature/tone')).toContain(7);
    expect(await list(baseSha)).toEqual([]);
    const queue = `gh-readonly-queue/main/pr-7-${baseSha}`;
    repo.git('checkout', '--quiet', '-b', queue, 'main');
    repo.git('merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7', 'feature/tone');
    const mergeGroupSha = repo.git('rev-parse', 'HEAD').trim();
    repo.checkout('main');
    expect(await list(mergeGroupSha)).toEqual([]);
  });

  it('serves file contents, directories, comparisons and recursive trees from git', async () => {
    const { data: file } = await octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'prompts/greet.prompt.yml', ref: headSha });
    expect(file).toMatchObject({ type: 'file', encoding: 'base64', path: 'prompts/greet.prompt.yml' });
    expect(Buffer.from((file as { content: string }).content, 'base64').toString('utf8')).toContain('Hi there {{name}}!');
    const raw = await get(gh, `/repos/${OWNER}/${REPO}/contents/prompts/greet.prompt.yml?ref=main`, WRITE, { accept: 'application/vnd.github.raw+json' });
    expect(await raw.text()).toContain('Hello {{name}}');
    const { data: dir } = await octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'prompts', ref: 'main' });
    expect((dir as { name: string; type: string }[]).map((e) => e.name).sort()).toEqual(['gone.prompt.yml', 'greet.prompt.yml', 'old-name.prompt.yml']);
    expect((await octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'nope.yml', ref: 'main' }).catch((e: unknown) => e)) as object).toMatchObject({ status: 404 });

    const { data: cmp } = await octokit.rest.repos.compareCommitsWithBasehead({ owner: OWNER, repo: REPO, basehead: `${baseSha}...${headSha}` });
    expect(cmp).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, merge_base_commit: { sha: baseSha } });
    expect(cmp.files?.map((f) => f.filename).sort()).toHaveLength(4);

    const { data: tree } = await octokit.rest.git.getTree({ owner: OWNER, repo: REPO, tree_sha: headSha, recursive: '1' });
    expect(tree.truncated).toBe(false);
    expect(tree.tree.filter((e) => e.type === 'blob').map((e) => e.path).sort()).toEqual([
      'README.md',
      'prompts/greet.prompt.yml',
      'prompts/new.prompt.yml',
      'prompts/renamed.prompt.yml',
    ]);
    expect(tree.tree.find((e) => e.path === 'prompts')?.type).toBe('tree');
  });

  it('answers a route GitHub does not document with 404, and a documented one it does not serve with 501, recording both', async () => {
    const invented = await get(gh, `/repos/${OWNER}/${REPO}/pulls/7/verdict`);
    expect(invented.status).toBe(404);
    expect(await invented.json()).toMatchObject({ message: 'Not Found' });
    const unserved = await get(gh, `/repos/${OWNER}/${REPO}/pulls/7/reviews`);
    expect(unserved.status).toBe(501);
    expect(gh.unknownRoutes).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/7/verdict`,
      `GET /repos/${OWNER}/${REPO}/pulls/7/reviews (documented as GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews, not served by the fake)`,
    ]);
    gh.unknownRoutes.length = 0;
  });

  it('answers another repository with 404 without counting it as an unknown route', async () => {
    expect((await get(gh, `/repos/${OWNER}/elsewhere/pulls/7`)).status).toBe(404);
    expect(gh.unknownRoutes).toEqual([]);
  });

  it('records each request with its operation, status and token login', () => {
    const pullGet = gh.requests.find((r) => r.operation === 'GET /repos/{owner}/{repo}/pulls/{pull_number}' && r.status === 200);
    expect(pullGet).toMatchObject({ method: 'GET', path: `/repos/${OWNER}/${REPO}/pulls/7`, login: 'github-actions[bot]' });
  });

  it('serves only routes documented in GitHub’s REST description', () => {
    const table = new RouteTable();
    expect(documentedRoutes().length).toBeGreaterThan(1000);
    for (const served of gh.servedRoutes) {
      const [method, path] = served.split(' ') as [string, string];
      expect(table.find(method, path), served).toBeDefined();
    }
    expect(table.find('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/verdict')).toBeUndefined();
    const cacheDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.cache', 'promptgate');
    expect(existsSync(cacheDir) && readdirSync(cacheDir).some((f) => /^openapi-routes-v1-.+\.json$/.test(f))).toBe(true);
  });
});

describe('fake GitHub with a 3,050-file pull request', () => {
  let repo: TestRepo;
  let gh: FakeGitHub;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.write({ 'README.md': 'base\n' });
    const baseSha = repo.commit('base');
    repo.branch('many');
    repo.write(Object.fromEntries(Array.from({ length: 3050 }, (_, i) => [`prompts/p${String(i).padStart(4, '0')}.prompt.yml`, `name: p${i}\n`])));
    const headSha = repo.commit('many prompts');
    gh = await startFakeGitHub({ owner: OWNER, repo: REPO, gitDir: repo.dir, tokens, pulls: [{ number: 1, baseRef: 'main', baseSha, headRef: 'many', headSha }] });
  });

  afterAll(async () => {
    await gh.close();
    repo.cleanup();
  });

  it('lists at most 3,000 files, 100 a page over 30 pages', async () => {
    const octokit = octokitFor(gh, WRITE);
    const first = await get(gh, `/repos/${OWNER}/${REPO}/pulls/1/files?per_page=100`);
    expect(linkRels(first.headers.get('link'))).toEqual({ next: '2', last: '30' });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 1, per_page: 100 });
    expect(files).toHaveLength(3000);
    expect(new Set(files.map((f) => f.filename)).size).toBe(3000);
    expect(files.every((f) => f.status === 'added')).toBe(true);
    expect(gh.requests.filter((r) => r.operation === 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files' && r.query['per_page'] === '100')).toHaveLength(31);
    expect(gh.unknownRoutes).toEqual([]);
  });
});

describe('webhook payloads', () => {
  const base = { ref: 'main', sha: 'a'.repeat(40) };
  const head = { ref: 'feature/tone', sha: 'b'.repeat(40) };

  it('builds a labeled pull_request event on GitHub’s example, pointed at our repository', () => {
    const e = pullRequestEvent('labeled', { owner: OWNER, repo: REPO, number: 7, base, head, labels: ['prompts', 'promptgate:override'], label: 'promptgate:override', sender: 'alice' });
    expect(e).toMatchObject({
      action: 'labeled',
      number: 7,
      label: { name: 'promptgate:override' },
      sender: { login: 'alice', type: 'User' },
      repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
      pull_request: { number: 7, base: { ref: 'main', sha: base.sha }, head: { ref: head.ref, sha: head.sha, repo: { full_name: `${OWNER}/${REPO}` } } },
    });
    expect(e.pull_request.labels.map((l) => l.name)).toEqual(['prompts', 'promptgate:override']);
    expect(JSON.stringify(e)).not.toContain('Codertocat/Hello-World');
    // Fields the test did not touch keep GitHub's shape.
    expect(e.pull_request).toHaveProperty('mergeable_state');
    expect(e).toHaveProperty('installation');
  });

  it('builds opened, reopened and synchronize events, and a fork PR', () => {
    expect(pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 1, base, head }).action).toBe('opened');
    expect(pullRequestEvent('reopened', { owner: OWNER, repo: REPO, number: 1, base, head }).action).toBe('reopened');
    const sync = pullRequestEvent('synchronize', { owner: OWNER, repo: REPO, number: 1, base, head, before: 'c'.repeat(40) });
    expect(sync).toMatchObject({ before: 'c'.repeat(40), after: head.sha });
    const fork = pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 1, base, head, fork: true, author: 'stranger' });
    expect(fork.pull_request.head.repo).toMatchObject({ full_name: `fork-owner/${REPO}`, fork: true });
    expect(fork.pull_request.base.repo.full_name).toBe(`${OWNER}/${REPO}`);
    expect(() => pullRequestEvent('unlabeled', { owner: OWNER, repo: REPO, number: 1, base, head })).toThrow(/label/);
  });

  it('builds merge_group, workflow_dispatch, push, issue_comment, check_run and check_suite events', () => {
    const mg = mergeGroupEvent({ owner: OWNER, repo: REPO, base, headSha: 'd'.repeat(40), pullNumber: 7 });
    expect(mg).toMatchObject({
      action: 'checks_requested',
      merge_group: { head_sha: 'd'.repeat(40), base_sha: base.sha, base_ref: 'refs/heads/main', head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${base.sha}` },
      repository: { full_name: `${OWNER}/${REPO}` },
    });
    expect(workflowDispatchEvent({ owner: OWNER, repo: REPO, ref: 'refs/heads/main', inputs: { mode: 'full' } })).toMatchObject({ ref: 'refs/heads/main', inputs: { mode: 'full' } });
    expect(pushEvent({ owner: OWNER, repo: REPO, ref: 'refs/heads/main', before: base.sha, after: head.sha })).toMatchObject({ after: head.sha, head_commit: { id: head.sha } });
    const comment = issueCommentEvent({ owner: OWNER, repo: REPO, number: 7, body: '/promptgate rerun', sender: 'wes' });
    expect(comment).toMatchObject({ action: 'created', issue: { number: 7, pull_request: { url: expect.stringContaining('/pulls/7') } }, comment: { body: '/promptgate rerun', user: { login: 'wes' } } });
    const pulls = [{ number: 7, base, head }];
    expect(checkRunRerequestedEvent({ owner: OWNER, repo: REPO, checkRunId: 5, name: 'promptgate', headSha: head.sha, pulls })).toMatchObject({
      action: 'rerequested',
      check_run: { id: 5, name: 'promptgate', head_sha: head.sha, pull_requests: [{ number: 7 }] },
    });
    expect(checkSuiteRerequestedEvent({ owner: OWNER, repo: REPO, headSha: head.sha, headBranch: head.ref, pulls })).toMatchObject({
      action: 'rerequested',
      check_suite: { head_sha: head.sha, head_branch: head.ref, pull_requests: [{ number: 7 }] },
    });
  });
});
