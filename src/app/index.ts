import type { ApplicationFunctionOptions, Context, Probot } from 'probot';
import type { GitHubApi, RepoRef } from '../github/api.js';
import { CHECK_NAME, publishCheckRun, startCheckRun } from '../github/check-run.js';
import { canAccept } from '../gate/override.js';
import { lastLabeling, roleOf } from '../github/override.js';
import type { GivenAcceptance } from '../github/pull-request.js';
import { HELP, MISSING_REASON_REPLY, parseCommand, refusalReply, unknownCommandReply } from './commands.js';
import { cancelCheckRun, evaluate, headOf, repoOf, type Log, type Subject } from './evaluation.js';
import { parseCheckRunRerequest, parseCheckSuiteRerequest, parseComment, parseMergeGroup, parsePullRequest, pullRef, pullSchema, type RerunRequest } from './events.js';
import { FirstTimes } from './first-times.js';
import { installation, type Installation } from './installation.js';
import { EvaluationQueue } from './queue.js';
import { readSettings, type AppSettings } from './settings.js';

/** Pull requests remembered as already answered for a user without the role (oldest forgotten first). */
const REMEMBERED_PULLS = 10_000;

export interface PromptgateApp {
  /** The Probot application function. */
  app: (app: Probot, options?: ApplicationFunctionOptions) => void;
  /** Where evaluations wait and run (its `idle()` resolves when all are done). */
  queue: EvaluationQueue;
}

/**
 * The GitHub App: webhook handlers that start a check run, queue an evaluation and return;
 * the evaluation itself is the core shared with the Action.
 */
export function createPromptgateApp(settings: AppSettings): PromptgateApp {
  let log: Log = console;
  const replies = new FirstTimes(REMEMBERED_PULLS);
  const queue = new EvaluationQueue(
    { concurrency: settings.concurrency, perRepository: settings.perRepository, pendingPerRepository: settings.pendingPerRepository },
    (err, job) => log.error({ err }, `evaluation of ${job.key} failed`),
  );
  const app = (probot: Probot): void => {
    log = probot.log;
    const github = installation(probot, settings);
    const submit = submitter(github, settings, queue);
    onPullRequestChanges(probot, submit);
    onLabels(probot, github, submit);
    onCommands(probot, github, submit, replies);
    onRerunRequests(probot, github, submit);
  };
  return { app, queue };
}

/**
 * Queues an evaluation; with `start`, its check run is set `in_progress` right away (not
 * awaited: the webhook is answered at once, whatever Octokit's pacing of writes).
 */
type Submit = (context: Context, subject: Subject, start: boolean) => Promise<void>;

function submitter(github: Installation, settings: AppSettings, queue: EvaluationQueue): Submit {
  return async (context, subject, start) => {
    const api = await github.apiOf(context);
    const repo = repoOf(subject);
    const headSha = headOf(subject);
    const checkRun = start ? startCheckRun(api, { ...repo, headSha }, 'Evaluating the changed prompts on base and head') : Promise.resolve(undefined);
    checkRun.catch((err: unknown) => context.log.error({ err }, `could not start the check run on ${repo.owner}/${repo.repo}@${headSha.slice(0, 7)}`));
    const deps = { api, settings, identity: github.identity, log: context.log };
    const key = subject.kind === 'pull_request' ? `${repo.owner}/${repo.repo}#${subject.pull.number}` : `${repo.owner}/${repo.repo}@${headSha}`;
    const queued = queue.submit({
      repository: `${repo.owner}/${repo.repo}`,
      key,
      headSha,
      run: async (job) => evaluate(deps, subject, await checkRun, job),
      drop: async () => {
        const checkRunId = await checkRun;
        if (checkRunId) await cancelCheckRun(api, { ...repo, headSha }, checkRunId);
      },
    });
    if (queued) return;
    context.log.warn(`${key}: ${settings.pendingPerRepository} evaluations already wait for ${repo.owner}/${repo.repo}`);
    await publishCheckRun(api, { ...repo, headSha, checkRunId: await checkRun }, 'failure', {
      title: 'promptgate is busy: re-run this check in a few minutes',
      summary: `${settings.pendingPerRepository} evaluations of this repository are already waiting. Re-run the check, or comment \`/promptgate rerun\`, later.`,
      annotations: [],
    });
  };
}

/** A PR opened or pushed to is judged; a retargeted one anew against its new base (and the new base's config). */
function onPullRequestChanges(probot: Probot, submit: Submit): void {
  probot.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened'], async (context) => {
    const event = parsePullRequest(context.payload);
    await submit(context, { kind: 'pull_request', pull: event.pull }, true);
  });
  probot.on('pull_request.edited', async (context) => {
    const event = parsePullRequest(context.payload);
    if (event.open && event.baseChanged) await submit(context, { kind: 'pull_request', pull: event.pull, fresh: true }, true);
  });
}

/** A label added may be an acceptance, bound to what its giver was shown; one removed withdraws it. */
function onLabels(probot: Probot, github: Installation, submit: Submit): void {
  probot.on(['pull_request.labeled', 'pull_request.unlabeled'], async (context) => {
    const event = parsePullRequest(context.payload);
    if (!event.open || event.label === undefined) return;
    let given: GivenAcceptance | undefined;
    if (event.action === 'labeled') {
      const api = await github.apiOf(context);
      const labeling = await lastLabeling(api, { ...event.pull.repo, issue: event.pull.number, label: event.label });
      given = await github.bind(api, event.pull, { via: 'label', label: event.label, by: event.sender }, labeling?.by === event.sender ? labeling.at : undefined);
    }
    await submit(context, { kind: 'pull_request', pull: event.pull, labelChanged: event.label, given }, false);
  });
}

/** `/promptgate help|accept <reason>|rerun`, honoured for roles that may accept. */
function onCommands(probot: Probot, github: Installation, submit: Submit, replies: FirstTimes): void {
  probot.on('issue_comment.created', async (context) => {
    const event = parseComment(context.payload);
    const command = parseCommand(event.body);
    if (!command || !event.onPullRequest || event.sender.type === 'Bot') return;
    const api = await github.apiOf(context);
    const reply = (body: string) => api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...event.repo, issue_number: event.number, body });
    const role = await roleOf(api, event.repo, event.sender.login);
    const allowed = canAccept(role);
    // Anyone can comment: without the role, one reply per pull request, so a flood of commands
    // cannot spend the installation's write quota that other PRs' checks need.
    if (!allowed && !replies.first(`${event.repo.owner}/${event.repo.repo}#${event.number}`)) {
      return context.log.info(`${event.sender.login}: /promptgate ${command.name} without the role: already answered on this PR`);
    }
    if (command.name === 'help') return void (await reply(HELP));
    if (command.name === 'unknown') return void (await reply(unknownCommandReply(command.word)));
    if (!allowed) return void (await reply(refusalReply(event.sender.login, command.name, role)));
    if (command.name === 'accept' && command.reason === '') return void (await reply(MISSING_REASON_REPLY));
    const pull = await fetchPull(api, event.repo, event.number);
    if (command.name === 'rerun') return submit(context, { kind: 'pull_request', pull, fresh: true }, true);
    const given = await github.bind(api, pull, { via: 'command', by: event.sender.login, reason: command.reason }, event.at);
    await submit(context, { kind: 'pull_request', pull, given }, false);
  });
}

/** A re-run of the check (or its suite) judges its pull requests afresh, or the merge group its branch names. */
function onRerunRequests(probot: Probot, github: Installation, submit: Submit): void {
  const rerun = async (context: Context, request: RerunRequest): Promise<void> => {
    const api = await github.apiOf(context);
    for (const number of request.pulls) {
      await submit(context, { kind: 'pull_request', pull: await fetchPull(api, request.repo, number), fresh: true }, true);
    }
    const queueBranch = request.pulls.length === 0 ? /^gh-readonly-queue\/(.+)\/pr-\d+-([0-9a-f]{40})$/.exec(request.headBranch ?? '') : null;
    if (queueBranch) {
      const group = { repo: request.repo, base: { ref: `refs/heads/${queueBranch[1]}`, sha: queueBranch[2]! }, head: { ref: `refs/heads/${request.headBranch}`, sha: request.headSha } };
      await submit(context, { kind: 'merge_group', group }, true);
    }
  };
  probot.on('check_run.rerequested', async (context) => {
    const request = parseCheckRunRerequest(context.payload);
    if (request.name === CHECK_NAME) await rerun(context, request);
  });
  probot.on('check_suite.rerequested', async (context) => rerun(context, parseCheckSuiteRerequest(context.payload)));
  probot.on('merge_group.checks_requested', async (context) => {
    await submit(context, { kind: 'merge_group', group: parseMergeGroup(context.payload) }, true);
  });
}

async function fetchPull(api: GitHubApi, repo: RepoRef, number: number) {
  const { data } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
  return pullRef(repo, pullSchema.parse(data));
}

/** The App as Probot loads it: settings from the environment (see "GitHub App" in README.md). */
export default (probot: Probot, options?: ApplicationFunctionOptions): void => createPromptgateApp(readSettings(process.env)).app(probot, options);
