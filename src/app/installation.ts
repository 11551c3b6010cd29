import type { Context, Probot } from 'probot';
import type { GitHubApi } from '../github/api.js';
import { boundHead, shownComment, type GivenAcceptance, type Identity } from '../github/pull-request.js';
import { STICKY_ID } from './evaluation.js';
import type { PullRequestRef } from './events.js';
import type { AppSettings } from './settings.js';

/** How the App reaches GitHub while handling an event: the API, who it is, and what an acceptance binds to. */
export interface Installation {
  /**
   * The installation's Octokit (retry, throttling, pagination) through the slice the shared code
   * uses. `probot.auth(id)` rather than `context.octokit`: its throttling is keyed by the
   * installation, so one busy installation does not pace the writes of every other.
   */
  apiOf(context: Context): Promise<GitHubApi>;
  /** The App on a pull request: its comment (its own bot, its marker) and the key its state is signed with. */
  identity(): Promise<Identity>;
  /**
   * An acceptance bound when its event arrives to the head whose result the comment showed when
   * it was given (GitHub's time of the comment or label), never to what a later read would find:
   * a delivery replayed after the comment changed binds to nothing.
   */
  bind(api: GitHubApi, pull: PullRequestRef, given: Omit<GivenAcceptance, 'headSha'>, at: string | undefined): Promise<GivenAcceptance>;
}

export function installation(probot: Probot, settings: AppSettings): Installation {
  const botLogin = cachedBotLogin(probot, settings);
  const identity = async (): Promise<Identity> => {
    const me = await botLogin();
    return { id: STICKY_ID, isOwnAuthor: (a) => a.login === me && a.type === 'Bot', key: settings.stateKey };
  };
  return {
    async apiOf(context) {
      const id = (context.payload as { installation?: { id?: number } }).installation?.id;
      return (id ? await probot.auth(id) : context.octokit) as unknown as GitHubApi;
    },
    identity,
    async bind(api, pull, given, at) {
      const id = await identity();
      const shown = await shownComment(api, { ...pull.repo, number: pull.number }, id);
      return { ...given, headSha: boundHead(pull.head.sha, shown, at, id.key) };
    },
  };
}

/** The App's bot login (`<slug>[bot]`): from the settings, or asked of GitHub once (again after a failure). */
function cachedBotLogin(probot: Probot, settings: AppSettings): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => {
    login ??= settings.botLogin
      ? Promise.resolve(settings.botLogin)
      : probot
          .auth()
          .then((octokit) => octokit.request('GET /app'))
          .then(({ data }) => `${data?.slug ?? 'promptgate'}[bot]`);
    login.catch(() => (login = undefined));
    return login;
  };
}
