/**
 * A fake GitHub REST API on loopback for end-to-end tests of the Action (a child process with
 * `GITHUB_API_URL` pointing here) and of the App.
 *
 * It serves one repository whose pull requests point at commits of a real local git
 * repository, and records what a run did: issue comments, check runs with every update,
 * labels and their events, collaborator permission look-ups, and each request.
 *
 * Fidelity rules, so a green test means something on github.com:
 * - Every route it serves is an operation of GitHub's published REST description
 *   (`@octokit/openapi`), asserted at start-up. A request matching no documented operation
 *   gets 404 and one matching a documented operation the fake does not serve gets 501; both
 *   land in `unknownRoutes`, which tests assert is empty.
 * - Lists paginate like GitHub: `per_page` (default 30, at most 100), `page`, and an RFC 5988
 *   `link` header with prev/next/last/first; the pull request files list stops at 3,000.
 * - Errors carry GitHub's bodies: 401 `Bad credentials`; 403 `Resource not accessible by
 *   integration` with `x-accepted-github-permissions` naming what would have worked; 422s
 *   worded as GitHub words them (more than 50 annotations, summary over 65,535 characters or
 *   bytes, comment body over 65,536 characters, a head SHA that is not a commit).
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RouteTable, type DocumentedRoute } from './openapi-routes.js';

export type RoleName = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type PermissionName = 'pull_requests' | 'checks' | 'issues' | 'contents' | 'metadata';
export type PermissionLevel = 'read' | 'write';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeToken extends FakeUser {
  /** Fine-grained permissions, as an installation token (or fine-grained PAT) carries them. */
  permissions: { pull_requests?: PermissionLevel; checks?: PermissionLevel; issues?: PermissionLevel; contents?: PermissionLevel; metadata?: 'read' };
}

export interface FakePull {
  number: number;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  labels?: string[];
  /** Login of the PR's author; default `octocat`. */
  author?: string;
  /** `owner/name` of the head repository when it is a fork. */
  headRepoFullName?: string;
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  merged?: boolean;
  draft?: boolean;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser & { id: number };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed';
export type CheckConclusion = 'action_required' | 'cancelled' | 'failure' | 'neutral' | 'success' | 'skipped' | 'stale' | 'timed_out';

/** The state of a check run after one create or update request. */
export interface CheckRunSnapshot {
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  /** Annotations sent with this request. */
  annotations: number;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: FakeAnnotation[] };
  /** Annotations per request that carried any, in order (create first). */
  annotationBatches: number[];
  /** One snapshot per create/update request, in order. */
  history: CheckRunSnapshot[];
  /** Who created it. */
  creator: FakeUser;
}

export interface FakeIssueEvent {
  id: number;
  issue_number: number;
  event: 'labeled' | 'unlabeled';
  actor: { login: string };
  label: { name: string };
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/issues/1/comments`. */
  path: string;
  query: Record<string, string>;
  status: number;
  /** The token's login; null when the request carried no known token. */
  login: string | null;
  /** The documented template it matched, e.g. `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
  operation: string | null;
  /** Parsed JSON body of a write. */
  body?: unknown;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** Local git repository whose commits the PRs point at (used for PR files / compare / contents endpoints). */
  gitDir: string;
  pulls?: FakePull[];
  /** Collaborator `role_name` per login; anyone else has `none`. */
  roles?: Record<string, RoleName>;
  /** Tokens the fake accepts; default {@link DEFAULT_TOKEN} as the Actions bot with the usual write permissions. */
  tokens?: Record<string, FakeToken>;
  /** Branch the contents endpoint reads without `ref`; default `main`. */
  defaultBranch?: string;
}

export interface FakeGitHub {
  /** Base URL without a trailing slash: use as `GITHUB_API_URL`. */
  url: string;
  comments: FakeComment[];
  checkRuns: FakeCheckRun[];
  /** Labeled/unlabeled events of every issue, oldest first. */
  events: FakeIssueEvent[];
  requests: RecordedRequest[];
  /** Requests that matched no operation the fake serves; tests assert this is empty. */
  unknownRoutes: string[];
  /** Logins looked up via `collaborators/{username}/permission`, in order. */
  permissionLookups: string[];
  /** The operations the fake serves, as `METHOD /templated/path`; each is documented by GitHub. */
  servedRoutes: string[];
  /** Current labels of an issue or PR. */
  labels(issue: number): string[];
  addComment(issue: number, body: string, user: FakeUser): FakeComment;
  /** Adds a label as `actor` did, with its `labeled` issue event. */
  addLabel(issue: number, label: string, actor: string): void;
  removeLabel(issue: number, label: string, actor: string): void;
  /** Adds or replaces a PR (by number); its labels replace the PR's when given. */
  setPull(p: FakePull): void;
  close(): Promise<void>;
}

/** The token accepted when `tokens` is not given: the Actions bot with pull-requests, issues and checks write. */
export const DEFAULT_TOKEN = 'ghs_promptgate_fake_actions_token';

const DEFAULT_TOKENS: Record<string, FakeToken> = {
  [DEFAULT_TOKEN]: {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions: { pull_requests: 'write', issues: 'write', checks: 'write', contents: 'read', metadata: 'read' },
  },
};

/** GitHub's documented cap on the pull request files list. */
const PULL_FILES_CAP = 3000;
/** GitHub's cap on the files of a comparison. */
const COMPARE_FILES_CAP = 300;
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_CHECK_TEXT = 65535;
const MAX_COMMENT_BODY = 65536;
const WEB = 'https://github.com';

let sharedTable: RouteTable | undefined;

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const state = new FakeState(opts);
  sharedTable ??= new RouteTable();
  const table = sharedTable;
  const served = serveRoutes(state);
  for (const r of served) {
    if (!table.find(r.method, r.path)) throw new Error(`fake GitHub serves ${r.method} ${r.path}, which GitHub's REST description does not document`);
  }
  const byKey = new Map(served.map((r) => [`${r.method} ${r.path}`, r]));

  const server = createServer((req, res) => {
    handle(state, table, byKey, req, res).catch((error: unknown) => {
      send(res, 500, { message: `fake GitHub failed: ${error instanceof Error ? error.stack : String(error)}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: state.url,
    comments: state.comments,
    checkRuns: state.checkRuns,
    events: state.events,
    requests: state.requests,
    unknownRoutes: state.unknownRoutes,
    permissionLookups: state.permissionLookups,
    servedRoutes: served.map((r) => `${r.method} ${r.path}`),
    labels: (issue) => [...(state.labels.get(issue) ?? [])],
    addComment: (issue, body, user) => state.addComment(issue, body, user),
    addLabel: (issue, label, actor) => state.changeLabel(issue, label, actor, 'labeled'),
    removeLabel: (issue, label, actor) => state.changeLabel(issue, label, actor, 'unlabeled'),
    setPull: (p) => state.setPull(p),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// State

class FakeState {
  url = '';
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly git: GitReader;
  readonly tokens: Record<string, FakeToken>;
  readonly roles: Map<string, RoleName>;
  readonly pulls = new Map<number, FakePull>();
  readonly labels = new Map<number, string[]>();
  /** Issue numbers that exist: every PR, and any issue a test seeded. */
  readonly issues = new Set<number>();
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly events: FakeIssueEvent[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly unknownRoutes: string[] = [];
  readonly permissionLookups: string[] = [];
  private readonly userIds = new Map<string, number>();
  private nextCommentId = 1_000_000_001;
  private nextCheckRunId = 2_000_000_001;
  private nextEventId = 3_000_000_001;
  private lastTime = 0;

  constructor(opts: FakeGitHubOptions) {
    this.owner = opts.owner;
    this.repo = opts.repo;
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.git = new GitReader(opts.gitDir);
    this.tokens = opts.tokens ?? DEFAULT_TOKENS;
    this.roles = new Map(Object.entries(opts.roles ?? {}).map(([login, role]) => [login.toLowerCase(), role]));
    for (const p of opts.pulls ?? []) this.setPull(p);
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  get apiRepoUrl(): string {
    return `${this.url}/repos/${this.fullName}`;
  }

  /** Timestamps that never repeat or go back, so ordering by `created_at` is meaningful. */
  now(): string {
    this.lastTime = Math.max(Math.floor(Date.now() / 1000) * 1000, this.lastTime + 1000);
    return new Date(this.lastTime).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  userId(login: string): number {
    const key = login.toLowerCase();
    let id = this.userIds.get(key);
    if (id === undefined) {
      id = 5_000_001 + this.userIds.size;
      this.userIds.set(key, id);
    }
    return id;
  }

  user(login: string, type: 'Bot' | 'User' | 'Organization' = login.endsWith('[bot]') ? 'Bot' : 'User') {
    return {
      login,
      id: this.userId(login),
      node_id: Buffer.from(`04:User${this.userId(login)}`).toString('base64'),
      avatar_url: `https://avatars.githubusercontent.com/u/${this.userId(login)}?v=4`,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `${WEB}/${encodeURIComponent(login)}`,
      type,
      site_admin: false,
    };
  }

  setPull(p: FakePull): void {
    this.pulls.set(p.number, { ...p });
    this.issues.add(p.number);
    if (p.labels !== undefined || !this.labels.has(p.number)) this.labels.set(p.number, [...(p.labels ?? [])]);
  }

  addComment(issue: number, body: string, user: FakeUser): FakeComment {
    this.issues.add(issue);
    const at = this.now();
    const id = this.nextCommentId++;
    const comment: FakeComment = {
      id,
      issue_number: issue,
      body,
      user: { login: user.login, type: user.type, id: this.userId(user.login) },
      created_at: at,
      updated_at: at,
      html_url: `${WEB}/${this.fullName}/${this.pulls.has(issue) ? 'pull' : 'issues'}/${issue}#issuecomment-${id}`,
    };
    this.comments.push(comment);
    return comment;
  }

  changeLabel(issue: number, label: string, actor: string, event: 'labeled' | 'unlabeled'): void {
    this.issues.add(issue);
    const current = this.labels.get(issue) ?? [];
    const has = current.some((l) => l.toLowerCase() === label.toLowerCase());
    if (event === 'labeled' && !has) current.push(label);
    if (event === 'unlabeled') {
      if (!has) throw new Error(`removeLabel: issue #${issue} has no label "${label}"`);
      current.splice(current.findIndex((l) => l.toLowerCase() === label.toLowerCase()), 1);
    }
    this.labels.set(issue, current);
    this.events.push({ id: this.nextEventId++, issue_number: issue, event, actor: { login: actor }, label: { name: label }, created_at: this.now() });
  }

  newCheckRunId(): number {
    return this.nextCheckRunId++;
  }

}

// ---------------------------------------------------------------------------------------------
// Request handling

interface RequestContext {
  method: string;
  pathname: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: Record<string, unknown>;
  token: FakeToken;
  accept: string;
  route: DocumentedRoute;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A body sent as is (the raw media type of the contents endpoint). */
  raw?: Buffer;
}

/** Alternative permissions, any one of which lets a token call the route (GitHub's `x-accepted-github-permissions`). */
type Need = [PermissionName, PermissionLevel][];

interface ServedRoute {
  method: string;
  path: string;
  /** `user` for routes only a user token can call (installation tokens get 403). */
  needs: Need | 'user';
  handler: (ctx: RequestContext) => Reply;
}

async function handle(
  state: FakeState,
  table: RouteTable,
  served: Map<string, ServedRoute>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const rawBody = await readBody(req);
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    login: null,
    operation: null,
  };
  state.requests.push(record);
  const reply = (r: Reply): void => {
    record.status = r.status;
    if (r.raw) {
      res.writeHead(r.status, { ...standardHeaders(), 'content-type': 'application/vnd.github.raw; charset=utf-8', ...r.headers });
      res.end(r.raw);
    } else {
      send(res, r.status, r.body, r.headers);
    }
  };

  const matches = table.match(method, url.pathname);
  const top = matches[0];
  if (!top) {
    state.unknownRoutes.push(`${method} ${url.pathname}`);
    return reply(notFound());
  }
  const tier = matches.filter((m) => m.literalSegments === top.literalSegments);
  const match = tier.find((m) => served.has(`${m.route.method} ${m.route.path}`)) ?? top;
  record.operation = `${match.route.method} ${match.route.path}`;
  const route = served.get(record.operation);
  if (!route) {
    state.unknownRoutes.push(`${method} ${url.pathname} (documented as ${record.operation}, not served by the fake)`);
    return reply({ status: 501, body: { message: `The fake GitHub does not implement ${record.operation}`, documentation_url: match.route.documentationUrl } });
  }

  const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const token = auth?.[1] !== undefined ? state.tokens[auth[1]] : undefined;
  if (!token) return reply({ status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } });
  record.login = token.login;

  let body: Record<string, unknown> = {};
  if (rawBody.length > 0) {
    try {
      body = JSON.parse(rawBody) as Record<string, unknown>;
      record.body = body;
    } catch {
      return reply({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: match.route.documentationUrl, status: '400' } });
    }
  }

  const { owner, repo } = match.params;
  if (owner !== undefined && (owner.toLowerCase() !== state.owner.toLowerCase() || repo?.toLowerCase() !== state.repo.toLowerCase())) {
    return reply(notFound(match.route.documentationUrl));
  }

  const denied = checkPermission(token, route.needs, match.route.documentationUrl);
  if (denied) return reply(denied);

  // GitHub names the accepted permissions on every response to a fine-grained token, not only on a 403.
  const accepted: Record<string, string> = route.needs === 'user' ? {} : { 'x-accepted-github-permissions': acceptedPermissions(route.needs) };
  const answer = route.handler({
    method,
    pathname: url.pathname,
    query: url.searchParams,
    params: match.params,
    body,
    token,
    accept: req.headers.accept ?? '',
    route: match.route,
  });
  reply({ ...answer, headers: { ...accepted, ...answer.headers } });
}

function acceptedPermissions(needs: Need): string {
  return needs.map(([name, level]) => `${name}=${level}`).join('; ');
}

function checkPermission(token: FakeToken, needs: Need | 'user', documentationUrl: string): Reply | undefined {
  const forbidden = (headers?: Record<string, string>): Reply => ({
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: documentationUrl, status: '403' },
    headers,
  });
  if (needs === 'user') return token.type === 'User' ? undefined : forbidden();
  const granted = needs.some(([name, level]) => {
    if (name === 'metadata') return true; // every installation token can read metadata
    const has = token.permissions[name];
    return has === 'write' || (has === 'read' && level === 'read');
  });
  if (granted) return undefined;
  return forbidden({ 'x-accepted-github-permissions': acceptedPermissions(needs) });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

let requestCounter = 0;
function standardHeaders(): Record<string, string> {
  requestCounter += 1;
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${process.pid}:${requestCounter}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...standardHeaders(), 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

function notFound(documentationUrl = 'https://docs.github.com/rest'): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: documentationUrl, status: '404' } };
}

function invalid(ctx: RequestContext, detail: string): Reply {
  return { status: 422, body: { message: `Invalid request.\n\n${detail}`, documentation_url: ctx.route.documentationUrl, status: '422' } };
}

function validationFailed(ctx: RequestContext, errors: Record<string, string>[]): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: ctx.route.documentationUrl, status: '422' } };
}

/** Slices a list into one page and links the others, as GitHub's REST API does. */
function page<T>(state: FakeState, ctx: RequestContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const requested = Number(ctx.query.get('per_page') ?? '30');
  const perPage = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, 100) : 30;
  const pageParam = Number(ctx.query.get('page') ?? '1');
  const pageNumber = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(n));
    return `<${state.url}${ctx.pathname}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNumber > 1) links.push(link(Math.min(pageNumber - 1, last), 'prev'));
  if (pageNumber < last) links.push(link(pageNumber + 1, 'next'), link(last, 'last'));
  if (pageNumber > 1) links.push(link(1, 'first'));
  return {
    items: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function paged<T>(state: FakeState, ctx: RequestContext, items: T[]): Reply {
  const p = page(state, ctx, items);
  return { status: 200, body: p.items, headers: p.headers };
}

// ---------------------------------------------------------------------------------------------
// Routes

const READ_PULLS: Need = [['pull_requests', 'read']];
const READ_ISSUES: Need = [['issues', 'read'], ['pull_requests', 'read']];
const WRITE_COMMENTS: Need = [['pull_requests', 'write'], ['issues', 'write']];
const READ_CHECKS: Need = [['checks', 'read']];
const WRITE_CHECKS: Need = [['checks', 'write']];
const READ_CONTENTS: Need = [['contents', 'read']];
const READ_METADATA: Need = [['metadata', 'read']];

function serveRoutes(s: FakeState): ServedRoute[] {
  const issueNumber = (ctx: RequestContext): number | undefined => {
    const n = Number(ctx.params['issue_number']);
    return s.issues.has(n) ? n : undefined;
  };
  const pullNumber = (ctx: RequestContext): FakePull | undefined => s.pulls.get(Number(ctx.params['pull_number']));

  return [
    {
      method: 'GET',
      path: '/user',
      needs: 'user',
      handler: (ctx) => ({ status: 200, body: { ...s.user(ctx.token.login, ctx.token.type), name: ctx.token.login } }),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}',
      needs: READ_PULLS,
      handler: (ctx) => {
        const p = pullNumber(ctx);
        return p ? { status: 200, body: pullJson(s, p) } : notFound(ctx.route.documentationUrl);
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      needs: READ_PULLS,
      handler: (ctx) => {
        const p = pullNumber(ctx);
        if (!p) return notFound(ctx.route.documentationUrl);
        return paged(s, ctx, s.git.changedFiles(p.baseSha, p.headSha).slice(0, PULL_FILES_CAP).map((f) => fileJson(s, f, p.headSha)));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      needs: READ_ISSUES,
      handler: (ctx) => {
        const n = issueNumber(ctx);
        if (n === undefined) return notFound(ctx.route.documentationUrl);
        return paged(s, ctx, s.comments.filter((c) => c.issue_number === n).map((c) => commentJson(s, c)));
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      needs: WRITE_COMMENTS,
      handler: (ctx) => {
        const n = issueNumber(ctx);
        if (n === undefined) return notFound(ctx.route.documentationUrl);
        const body = ctx.body['body'];
        if (typeof body !== 'string') return invalid(ctx, '"body" wasn\'t supplied.');
        if ([...body].length > MAX_COMMENT_BODY) {
          return validationFailed(ctx, [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }]);
        }
        const comment = s.addComment(n, body, ctx.token);
        return { status: 201, body: commentJson(s, comment), headers: { location: `${s.apiRepoUrl}/issues/comments/${comment.id}` } };
      },
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      needs: WRITE_COMMENTS,
      handler: (ctx) => {
        const comment = s.comments.find((c) => c.id === Number(ctx.params['comment_id']));
        if (!comment) return notFound(ctx.route.documentationUrl);
        const body = ctx.body['body'];
        if (typeof body !== 'string') return invalid(ctx, '"body" wasn\'t supplied.');
        if ([...body].length > MAX_COMMENT_BODY) {
          return validationFailed(ctx, [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]);
        }
        comment.body = body;
        comment.updated_at = s.now();
        return { status: 200, body: commentJson(s, comment) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/events',
      needs: READ_ISSUES,
      handler: (ctx) => {
        const n = issueNumber(ctx);
        if (n === undefined) return notFound(ctx.route.documentationUrl);
        return paged(s, ctx, s.events.filter((e) => e.issue_number === n).map((e) => eventJson(s, e)));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      needs: READ_ISSUES,
      handler: (ctx) => {
        const n = issueNumber(ctx);
        if (n === undefined) return notFound(ctx.route.documentationUrl);
        return paged(s, ctx, (s.labels.get(n) ?? []).map((name) => labelJson(s, name)));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
      needs: READ_METADATA,
      handler: (ctx) => {
        const login = ctx.params['username'] ?? '';
        s.permissionLookups.push(login);
        const role = s.roles.get(login.toLowerCase()) ?? 'none';
        const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        return {
          status: 200,
          body: {
            permission,
            role_name: role,
            user: {
              ...s.user(login),
              permissions: { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 },
              role_name: role,
            },
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      needs: WRITE_CHECKS,
      handler: (ctx) => createCheckRun(s, ctx),
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      needs: WRITE_CHECKS,
      handler: (ctx) => updateCheckRun(s, ctx),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      needs: READ_CHECKS,
      handler: (ctx) => {
        const sha = s.git.resolve(ctx.params['ref'] ?? '');
        if (!sha) return noCommit(ctx, ctx.params['ref'] ?? '');
        const name = ctx.query.get('check_name');
        const status = ctx.query.get('status');
        let runs = s.checkRuns.filter((r) => r.head_sha === sha && (name === null || r.name === name) && (status === null || r.status === status));
        if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
          runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id));
        }
        runs = [...runs].sort((a, b) => b.id - a.id);
        const p = page(s, ctx, runs);
        return { status: 200, body: { total_count: runs.length, check_runs: p.items.map((r) => checkRunJson(s, r)) }, headers: p.headers };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      needs: [['contents', 'read'], ['pull_requests', 'read']],
      handler: (ctx) => {
        const ref = ctx.params['commit_sha'] ?? '';
        const byBranch = [...s.pulls.values()].filter((p) => p.headRef === ref);
        if (byBranch.length > 0) return paged(s, ctx, byBranch.map((p) => pullJson(s, p)));
        const sha = s.git.resolve(ref);
        if (!sha) return noCommit(ctx, ref);
        const pulls = [...s.pulls.values()].filter((p) => s.git.isAncestor(sha, p.headSha) && !s.git.isAncestor(sha, p.baseSha));
        return paged(s, ctx, pulls.map((p) => pullJson(s, p)));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/contents/{path}',
      needs: READ_CONTENTS,
      handler: (ctx) => getContents(s, ctx),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/compare/{basehead}',
      needs: READ_CONTENTS,
      handler: (ctx) => compare(s, ctx),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
      needs: READ_CONTENTS,
      handler: (ctx) => {
        const treeSha = s.git.resolveTree(ctx.params['tree_sha'] ?? '');
        if (!treeSha) return notFound(ctx.route.documentationUrl);
        const recursive = ctx.query.has('recursive') && !['0', 'false'].includes(ctx.query.get('recursive') ?? '');
        const tree = s.git.listTree(treeSha, recursive).map((e) => ({
          path: e.path,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          ...(e.type === 'blob' ? { size: e.size } : {}),
          url: `${s.apiRepoUrl}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
        }));
        return { status: 200, body: { sha: treeSha, url: `${s.apiRepoUrl}/git/trees/${treeSha}`, tree, truncated: false } };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
      needs: READ_CONTENTS,
      handler: (ctx) => {
        const sha = ctx.params['file_sha'] ?? '';
        const content = /^[0-9a-f]{40}$/i.test(sha) ? s.git.readBlobBySha(sha) : undefined;
        if (!content) return notFound(ctx.route.documentationUrl);
        return {
          status: 200,
          body: { sha, node_id: Buffer.from(`B_${sha}`).toString('base64'), size: content.length, url: `${s.apiRepoUrl}/git/blobs/${sha}`, content: content.toString('base64'), encoding: 'base64' },
        };
      },
    },
  ];
}

function noCommit(ctx: RequestContext, ref: string): Reply {
  return { status: 422, body: { message: `No commit found for SHA: ${ref}`, documentation_url: ctx.route.documentationUrl, status: '422' } };
}

// ---------------------------------------------------------------------------------------------
// Check runs

const STATUSES: readonly CheckStatus[] = ['queued', 'in_progress', 'completed'];
const CONCLUSIONS: readonly CheckConclusion[] = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];

interface CheckOutputInput {
  title?: string;
  summary?: string;
  text?: string;
  annotations?: FakeAnnotation[];
}

/** Validates a create/update body the way GitHub does; returns the 422 to send, if any. */
function checkRunInputError(ctx: RequestContext, creating: boolean): Reply | undefined {
  const b = ctx.body;
  if (creating) {
    for (const field of ['name', 'head_sha']) {
      if (typeof b[field] !== 'string' || b[field] === '') return invalid(ctx, `"${field}" wasn't supplied.`);
    }
  }
  if (b['status'] !== undefined && !STATUSES.includes(b['status'] as CheckStatus)) {
    return invalid(ctx, `Value "${String(b['status'])}" for "status" is not a member of the enum.`);
  }
  if (b['conclusion'] !== undefined && !CONCLUSIONS.includes(b['conclusion'] as CheckConclusion)) {
    return invalid(ctx, `Value "${String(b['conclusion'])}" for "conclusion" is not a member of the enum.`);
  }
  if (b['status'] === 'completed' && b['conclusion'] === undefined) {
    return validationFailed(ctx, [{ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' }]);
  }
  const output = b['output'] as CheckOutputInput | undefined;
  if (output === undefined) return undefined;
  for (const field of ['title', 'summary'] as const) {
    if (typeof output[field] !== 'string') return invalid(ctx, `"${field}" wasn't supplied.`);
  }
  for (const field of ['summary', 'text'] as const) {
    const value = output[field];
    if (value === undefined) continue;
    const chars = [...value].length;
    if (chars > MAX_CHECK_TEXT) return invalid(ctx, `Only ${MAX_CHECK_TEXT} characters are allowed; ${chars} were supplied.`);
    if (Buffer.byteLength(value, 'utf8') > MAX_CHECK_TEXT) {
      return validationFailed(ctx, [{ resource: 'CheckRun', code: 'custom', field, message: `${field} exceeds a maximum bytesize of ${MAX_CHECK_TEXT}` }]);
    }
  }
  const annotations = output.annotations;
  if (annotations !== undefined) {
    if (!Array.isArray(annotations)) return invalid(ctx, 'For \'properties/annotations\', it is not an array.');
    if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
      return invalid(ctx, `No more than ${MAX_ANNOTATIONS_PER_REQUEST} items are allowed; ${annotations.length} were supplied.`);
    }
    for (const a of annotations) {
      const missing = (['path', 'start_line', 'end_line', 'annotation_level', 'message'] as const).filter((k) => a[k] === undefined);
      if (missing.length > 0) return invalid(ctx, `${missing.map((k) => `"${k}"`).join(', ')} ${missing.length === 1 ? "wasn't" : "weren't"} supplied.`);
      if (!['notice', 'warning', 'failure'].includes(a.annotation_level)) {
        return invalid(ctx, `Value "${String(a.annotation_level)}" for "annotation_level" is not a member of the enum.`);
      }
    }
  }
  return undefined;
}

function applyCheckRunInput(s: FakeState, run: FakeCheckRun, body: Record<string, unknown>): void {
  if (typeof body['name'] === 'string') run.name = body['name'];
  if (typeof body['details_url'] === 'string') run.details_url = body['details_url'];
  if (typeof body['external_id'] === 'string') run.external_id = body['external_id'];
  if (typeof body['started_at'] === 'string') run.started_at = body['started_at'];
  if (typeof body['status'] === 'string') run.status = body['status'] as CheckStatus;
  if (typeof body['conclusion'] === 'string') {
    // Giving a conclusion completes the run, as GitHub documents.
    run.conclusion = body['conclusion'] as CheckConclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completed_at = typeof body['completed_at'] === 'string' ? body['completed_at'] : (run.completed_at ?? s.now());
  const output = body['output'] as CheckOutputInput | undefined;
  const sent = output?.annotations ?? [];
  if (output) {
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    run.output.text = output.text ?? run.output.text;
    // Each request's annotations are appended to those already on the run.
    run.output.annotations.push(...sent);
    if (sent.length > 0) run.annotationBatches.push(sent.length);
  }
  run.history.push({
    status: run.status,
    conclusion: run.conclusion,
    title: run.output.title,
    summary: run.output.summary,
    text: run.output.text,
    annotations: sent.length,
  });
}

function createCheckRun(s: FakeState, ctx: RequestContext): Reply {
  const error = checkRunInputError(ctx, true);
  if (error) return error;
  const headSha = String(ctx.body['head_sha']);
  const sha = /^[0-9a-f]{40}$/i.test(headSha) ? s.git.resolve(headSha) : undefined;
  if (!sha) return noCommit(ctx, headSha);
  const run: FakeCheckRun = {
    id: s.newCheckRunId(),
    name: String(ctx.body['name']),
    head_sha: sha,
    status: 'queued',
    conclusion: null,
    details_url: null,
    external_id: null,
    started_at: s.now(),
    completed_at: null,
    output: { title: null, summary: null, text: null, annotations: [] },
    annotationBatches: [],
    history: [],
    creator: { login: ctx.token.login, type: ctx.token.type },
  };
  applyCheckRunInput(s, run, ctx.body);
  s.checkRuns.push(run);
  return { status: 201, body: checkRunJson(s, run) };
}

function updateCheckRun(s: FakeState, ctx: RequestContext): Reply {
  const run = s.checkRuns.find((r) => r.id === Number(ctx.params['check_run_id']));
  if (!run) return notFound(ctx.route.documentationUrl);
  const error = checkRunInputError(ctx, false);
  if (error) return error;
  applyCheckRunInput(s, run, ctx.body);
  return { status: 200, body: checkRunJson(s, run) };
}

// ---------------------------------------------------------------------------------------------
// Contents, compare, trees

function getContents(s: FakeState, ctx: RequestContext): Reply {
  const ref = ctx.query.get('ref') ?? s.defaultBranch;
  const sha = s.git.resolve(ref);
  const path = (ctx.params['path'] ?? '').replace(/^\/+|\/+$/g, '');
  const kind = sha ? s.git.objectType(sha, path) : undefined;
  if (!sha || !kind) return notFound(ctx.route.documentationUrl);
  const entryJson = (entryPath: string, type: 'file' | 'dir', objectSha: string, size: number) => {
    const url = `${s.apiRepoUrl}/contents/${encodePath(entryPath)}?ref=${encodeURIComponent(ref)}`;
    const htmlUrl = `${WEB}/${s.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodePath(entryPath)}`;
    const gitUrl = `${s.apiRepoUrl}/git/${type === 'dir' ? 'trees' : 'blobs'}/${objectSha}`;
    return {
      type,
      size,
      name: entryPath.split('/').pop() ?? entryPath,
      path: entryPath,
      sha: objectSha,
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${s.fullName}/${ref}/${encodePath(entryPath)}` : null,
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  };
  if (kind === 'tree') {
    const treeSha = path === '' ? s.git.resolveTree(sha)! : s.git.objectSha(sha, path);
    const entries = s.git.listTree(treeSha, false).map((e) =>
      entryJson(path === '' ? e.path : `${path}/${e.path}`, e.type === 'tree' ? 'dir' : 'file', e.sha, e.size ?? 0),
    );
    return { status: 200, body: entries };
  }
  const content = s.git.readBlob(sha, path);
  if (/vnd\.github(?:\.v3)?\.raw/.test(ctx.accept)) return { status: 200, raw: content };
  const base64 = content.toString('base64').replace(/.{60}/g, '$&\n');
  return {
    status: 200,
    body: { ...entryJson(path, 'file', s.git.objectSha(sha, path), content.length), content: base64.endsWith('\n') ? base64 : `${base64}\n`, encoding: 'base64' },
  };
}

function compare(s: FakeState, ctx: RequestContext): Reply {
  const basehead = ctx.params['basehead'] ?? '';
  const parts = basehead.split('...');
  const [baseRef, headRef] = parts.length === 2 ? parts : basehead.split('..');
  const base = baseRef ? s.git.resolve(baseRef) : undefined;
  const head = headRef ? s.git.resolve(headRef) : undefined;
  if (!base || !head) return notFound(ctx.route.documentationUrl);
  const mergeBase = s.git.mergeBase(base, head);
  if (!mergeBase) return notFound(ctx.route.documentationUrl);
  const aheadBy = s.git.commitsBetween(mergeBase, head);
  const behindBy = s.git.commitsBetween(mergeBase, base).length;
  const status = aheadBy.length === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy.length === 0 ? 'behind' : 'diverged';
  const files = s.git.changedFiles(base, head).slice(0, COMPARE_FILES_CAP).map((f) => fileJson(s, f, head));
  return {
    status: 200,
    body: {
      url: `${s.apiRepoUrl}/compare/${basehead}`,
      html_url: `${WEB}/${s.fullName}/compare/${basehead}`,
      base_commit: commitJson(s, s.git.commit(base)),
      merge_base_commit: commitJson(s, s.git.commit(mergeBase)),
      status,
      ahead_by: aheadBy.length,
      behind_by: behindBy,
      total_commits: aheadBy.length,
      commits: aheadBy.map((sha) => commitJson(s, s.git.commit(sha))),
      files,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON shapes

function repoJson(s: FakeState, fullName: string) {
  const [owner = s.owner, name = s.repo] = fullName.split('/');
  const fork = fullName.toLowerCase() !== s.fullName.toLowerCase();
  return {
    id: fork ? 900_000_002 : 900_000_001,
    name,
    full_name: fullName,
    owner: s.user(owner, 'User'),
    private: false,
    fork,
    html_url: `${WEB}/${fullName}`,
    url: `${s.url}/repos/${fullName}`,
    default_branch: s.defaultBranch,
  };
}

function pullJson(s: FakeState, p: FakePull) {
  const author = p.author ?? 'octocat';
  const headRepo = p.headRepoFullName ?? s.fullName;
  const headOwner = headRepo.split('/')[0] ?? s.owner;
  return {
    url: `${s.apiRepoUrl}/pulls/${p.number}`,
    id: 700_000_000 + p.number,
    node_id: Buffer.from(`PR_${p.number}`).toString('base64'),
    html_url: `${WEB}/${s.fullName}/pull/${p.number}`,
    number: p.number,
    state: p.state ?? 'open',
    locked: false,
    title: p.title ?? `Pull request #${p.number}`,
    body: p.body ?? null,
    user: s.user(author),
    labels: (s.labels.get(p.number) ?? []).map((name) => labelJson(s, name)),
    draft: p.draft ?? false,
    merged: p.merged ?? false,
    merge_commit_sha: null,
    author_association: s.roles.has(author.toLowerCase()) ? 'COLLABORATOR' : 'CONTRIBUTOR',
    head: { label: `${headOwner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, user: s.user(headOwner), repo: repoJson(s, headRepo) },
    base: { label: `${s.owner}:${p.baseRef}`, ref: p.baseRef, sha: p.baseSha, user: s.user(s.owner), repo: repoJson(s, s.fullName) },
  };
}

function labelJson(s: FakeState, name: string) {
  return {
    id: 800_000_000 + hash(name),
    node_id: Buffer.from(`LA_${name}`).toString('base64'),
    url: `${s.apiRepoUrl}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null,
  };
}

function commentJson(s: FakeState, c: FakeComment) {
  return {
    id: c.id,
    node_id: Buffer.from(`IC_${c.id}`).toString('base64'),
    url: `${s.apiRepoUrl}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${s.apiRepoUrl}/issues/${c.issue_number}`,
    body: c.body,
    user: s.user(c.user.login, c.user.type),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: s.roles.has(c.user.login.toLowerCase()) ? 'COLLABORATOR' : 'NONE',
    performed_via_github_app: null,
  };
}

function eventJson(s: FakeState, e: FakeIssueEvent) {
  return {
    id: e.id,
    node_id: Buffer.from(`LE_${e.id}`).toString('base64'),
    url: `${s.apiRepoUrl}/issues/events/${e.id}`,
    actor: s.user(e.actor.login),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.created_at,
    label: { name: e.label.name, color: 'ededed' },
    performed_via_github_app: null,
  };
}

function checkRunJson(s: FakeState, r: FakeCheckRun) {
  const pulls = [...s.pulls.values()].filter((p) => p.headSha === r.head_sha && p.headRepoFullName === undefined);
  return {
    id: r.id,
    node_id: Buffer.from(`CR_${r.id}`).toString('base64'),
    head_sha: r.head_sha,
    external_id: r.external_id ?? '',
    url: `${s.apiRepoUrl}/check-runs/${r.id}`,
    html_url: `${WEB}/${s.fullName}/runs/${r.id}`,
    details_url: r.details_url ?? `${WEB}/${s.fullName}/runs/${r.id}`,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.started_at,
    completed_at: r.completed_at,
    output: {
      title: r.output.title,
      summary: r.output.summary,
      text: r.output.text,
      annotations_count: r.output.annotations.length,
      annotations_url: `${s.apiRepoUrl}/check-runs/${r.id}/annotations`,
    },
    name: r.name,
    check_suite: { id: 4_000_000_000 + hash(r.head_sha) },
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions', owner: s.user('github', 'Organization') },
    pull_requests: pulls.map((p) => ({
      url: `${s.apiRepoUrl}/pulls/${p.number}`,
      id: 700_000_000 + p.number,
      number: p.number,
      head: { ref: p.headRef, sha: p.headSha, repo: { id: 900_000_001, url: s.apiRepoUrl, name: s.repo } },
      base: { ref: p.baseRef, sha: p.baseSha, repo: { id: 900_000_001, url: s.apiRepoUrl, name: s.repo } },
    })),
  };
}

function fileJson(s: FakeState, f: ChangedFile, headSha: string) {
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${WEB}/${s.fullName}/blob/${headSha}/${encodePath(f.filename)}`,
    raw_url: `${WEB}/${s.fullName}/raw/${headSha}/${encodePath(f.filename)}`,
    contents_url: `${s.apiRepoUrl}/contents/${encodePath(f.filename)}?ref=${headSha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
  };
}

function commitJson(s: FakeState, c: CommitInfo) {
  const person = (p: CommitInfo['author']) => ({ name: p.name, email: p.email, date: p.date });
  return {
    sha: c.sha,
    node_id: Buffer.from(`C_${c.sha}`).toString('base64'),
    url: `${s.apiRepoUrl}/commits/${c.sha}`,
    html_url: `${WEB}/${s.fullName}/commit/${c.sha}`,
    commit: {
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      tree: { sha: c.tree, url: `${s.apiRepoUrl}/git/trees/${c.tree}` },
      url: `${s.apiRepoUrl}/git/commits/${c.sha}`,
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({ sha, url: `${s.apiRepoUrl}/commits/${sha}`, html_url: `${WEB}/${s.fullName}/commit/${sha}` })),
  };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 100_000_000;
  return h;
}

// ---------------------------------------------------------------------------------------------
// Git

interface ChangedFile {
  filename: string;
  previousFilename?: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed';
  sha: string;
  additions: number;
  deletions: number;
  patch?: string;
}

interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
  path: string;
}

interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

const STATUS_BY_LETTER: Record<string, ChangedFile['status']> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
const ZERO_SHA = '0'.repeat(40);

/** Reads the local repository the fake's PRs point at. */
class GitReader {
  private readonly diffs = new Map<string, ChangedFile[]>();

  constructor(private readonly dir: string) {}

  private run(args: string[]): Buffer {
    return execFileSync('git', args, { cwd: this.dir, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  private tryRun(args: string[]): string | undefined {
    try {
      return this.run(args).toString('utf8');
    } catch {
      return undefined;
    }
  }

  /** A commit SHA for a SHA, branch, tag, or `heads/…`/`tags/…` ref, as GitHub accepts them. */
  resolve(ref: string): string | undefined {
    if (ref === '' || ref.startsWith('-')) return undefined;
    for (const candidate of [ref, `refs/${ref}`]) {
      const sha = this.tryRun(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])?.trim();
      if (sha) return sha;
    }
    return undefined;
  }

  resolveTree(treeish: string): string | undefined {
    if (treeish === '' || treeish.startsWith('-')) return undefined;
    const direct = this.tryRun(['rev-parse', '--verify', '--quiet', `${treeish}^{tree}`])?.trim();
    if (direct) return direct;
    const sha = this.resolve(treeish);
    return sha ? this.tryRun(['rev-parse', '--verify', '--quiet', `${sha}^{tree}`])?.trim() : undefined;
  }

  objectType(commit: string, path: string): 'blob' | 'tree' | undefined {
    if (path === '') return 'tree';
    const type = this.tryRun(['cat-file', '-t', `${commit}:${path}`])?.trim();
    return type === 'blob' || type === 'tree' ? type : undefined;
  }

  objectSha(commit: string, path: string): string {
    return this.run(['rev-parse', `${commit}:${path}`]).toString('utf8').trim();
  }

  readBlob(commit: string, path: string): Buffer {
    return this.run(['cat-file', 'blob', `${commit}:${path}`]);
  }

  /** A blob by its own SHA, or undefined when no such blob exists. */
  readBlobBySha(sha: string): Buffer | undefined {
    if (this.tryRun(['cat-file', '-t', sha])?.trim() !== 'blob') return undefined;
    return this.run(['cat-file', 'blob', sha]);
  }

  listTree(tree: string, recursive: boolean): TreeEntry[] {
    const out = this.run(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), tree]).toString('utf8');
    return out
      .split('\0')
      .filter((line) => line !== '')
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', type = 'blob', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
        return { mode, type: type as TreeEntry['type'], sha, ...(size !== '-' ? { size: Number(size) } : {}), path: line.slice(tab + 1) };
      });
  }

  isAncestor(ancestor: string, of: string): boolean {
    try {
      this.run(['merge-base', '--is-ancestor', ancestor, of]);
      return true;
    } catch {
      return false;
    }
  }

  mergeBase(a: string, b: string): string | undefined {
    return this.tryRun(['merge-base', a, b])?.trim() || undefined;
  }

  /** Commits reachable from `to` but not `from`, oldest first (as the compare endpoint lists them). */
  commitsBetween(from: string, to: string): string[] {
    return this.run(['rev-list', '--reverse', `${from}..${to}`]).toString('utf8').split('\n').filter((l) => l !== '');
  }

  commit(sha: string): CommitInfo {
    const [tree = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', ...message] = this.run([
      'show', '-s', '--format=%T%n%P%n%an%n%ae%n%aI%n%cn%n%ce%n%cI%n%B', sha,
    ])
      .toString('utf8')
      .split('\n');
    const iso = (d: string) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      sha,
      tree,
      parents: parents.split(' ').filter((p) => p !== ''),
      author: { name: an, email: ae, date: iso(ad) },
      committer: { name: cn, email: ce, date: iso(cd) },
      message: message.join('\n').trimEnd(),
    };
  }

  /** The files a PR changes: `git diff -M base...head` (from the merge base), as GitHub lists them. */
  changedFiles(base: string, head: string): ChangedFile[] {
    const key = `${base}...${head}`;
    const cached = this.diffs.get(key);
    if (cached) return cached;
    const range = [`${base}...${head}`];
    const raw = this.run(['diff', '--raw', '-z', '--no-abbrev', '-M', ...range]).toString('utf8').split('\0');
    const numstat = this.run(['diff', '--numstat', '-z', '-M', ...range]).toString('utf8').split('\0');
    const patches = splitPatches(this.run(['diff', '-M', '--no-color', '--no-ext-diff', '--patch', ...range]).toString('utf8'));

    const files: ChangedFile[] = [];
    let r = 0;
    let n = 0;
    while (r < raw.length && raw[r]!.startsWith(':')) {
      const [, , srcSha = ZERO_SHA, dstSha = ZERO_SHA, letters = 'M'] = raw[r]!.slice(1).split(' ');
      const letter = letters[0] ?? 'M';
      const renamed = letter === 'R' || letter === 'C';
      const first = raw[r + 1] ?? '';
      const second = renamed ? (raw[r + 2] ?? '') : undefined;
      r += renamed ? 3 : 2;

      // numstat -z: "add\tdel\tpath\0", or "add\tdel\t\0old\0new\0" for a rename or copy.
      const [adds = '0', dels = '0'] = (numstat[n] ?? '').split('\t');
      n += renamed ? 3 : 1;

      const patch = patches[files.length];
      files.push({
        filename: second ?? first,
        ...(renamed ? { previousFilename: first } : {}),
        status: STATUS_BY_LETTER[letter] ?? 'modified',
        sha: letter === 'D' ? srcSha : dstSha,
        additions: adds === '-' ? 0 : Number(adds),
        deletions: dels === '-' ? 0 : Number(dels),
        ...(patch !== undefined ? { patch } : {}),
      });
    }
    this.diffs.set(key, files);
    return files;
  }
}

/** One entry per file of a `git diff --patch`: the hunks from the first `@@`, or undefined (binary, pure rename). */
function splitPatches(diff: string): (string | undefined)[] {
  const result: (string | undefined)[] = [];
  let current: string[] | undefined;
  const flush = () => {
    if (!current) return;
    const start = current.findIndex((l) => l.startsWith('@@'));
    result.push(start === -1 ? undefined : current.slice(start).join('\n').replace(/\n$/, ''));
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  flush();
  return result;
}
