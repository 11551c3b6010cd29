/**
 * Where the App's evaluations wait and run: at most `concurrency` at once, at most
 * `perRepository` of them for one repository, at most `pendingPerRepository` waiting per
 * repository. Jobs share a `key` per pull request: a job for a newer head drops the waiting
 * jobs for older heads, and a running job for an older head is told it is stale (`isCurrent`)
 * so it publishes nothing. Jobs for the same head run one after the other, so a label added
 * during an evaluation reuses its result; publishing is serialised per key, so the newest head
 * always has the last word.
 */
export interface EvaluationJob {
  repository: string;
  /** One pull request (or merge group): jobs with the same key supersede one another. */
  key: string;
  headSha: string;
  run(ctx: JobContext): Promise<void>;
  /** Called instead of `run` when a job for a newer head arrived while this one waited. */
  drop(): Promise<void>;
}

export interface JobContext {
  /** False once a job for a newer head of the same key was submitted. */
  isCurrent(): boolean;
  /** Runs `publish` under the key's lock if the job is still current; false when it is stale. */
  publish(publish: () => Promise<void>): Promise<boolean>;
}

export interface QueueLimits {
  concurrency: number;
  perRepository: number;
  pendingPerRepository: number;
}

export class EvaluationQueue {
  private readonly limits: QueueLimits;
  private readonly onError: (err: unknown, job: EvaluationJob) => void;
  private readonly pending: EvaluationJob[] = [];
  private readonly running = new Set<EvaluationJob>();
  /** Dropped jobs still cancelling their check runs. */
  private dropping = 0;
  private readonly latestHead = new Map<string, string>();
  private readonly publishing = new Map<string, Promise<unknown>>();
  private idleWaiters: (() => void)[] = [];

  constructor(limits: QueueLimits, onError: (err: unknown, job: EvaluationJob) => void) {
    this.limits = limits;
    this.onError = onError;
  }

  /** Queues a job; false when its repository already has the most jobs waiting that it may. */
  submit(job: EvaluationJob): boolean {
    const waiting = this.pending.filter((j) => j.repository === job.repository && j.key !== job.key).length;
    if (waiting >= this.limits.pendingPerRepository) return false;
    this.latestHead.set(job.key, job.headSha);
    for (const old of this.pending.filter((j) => j.key === job.key && j.headSha !== job.headSha)) {
      this.pending.splice(this.pending.indexOf(old), 1);
      this.dropping++;
      old
        .drop()
        .catch((err: unknown) => this.onError(err, old))
        .finally(() => {
          this.dropping--;
          this.pump();
        });
    }
    this.pending.push(job);
    this.pump();
    return true;
  }

  /** Resolves once nothing waits or runs (tests, and a graceful shutdown). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get size(): { pending: number; running: number } {
    return { pending: this.pending.length, running: this.running.size };
  }

  private pump(): void {
    for (let i = 0; i < this.pending.length && this.running.size < this.limits.concurrency; ) {
      const job = this.pending[i]!;
      if (!this.canStart(job)) {
        i++;
        continue;
      }
      this.pending.splice(i, 1);
      this.running.add(job);
      this.settle(job, job.run(this.contextOf(job)));
    }
    if (this.isIdle()) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private isIdle(): boolean {
    return this.pending.length === 0 && this.running.size === 0 && this.dropping === 0;
  }

  private canStart(job: EvaluationJob): boolean {
    let inRepository = 0;
    for (const r of this.running) {
      if (r.repository === job.repository) inRepository++;
      // The same head is not evaluated twice at once: the later job reuses the earlier's result.
      if (r.key === job.key && r.headSha === this.latestHead.get(r.key)) return false;
    }
    return inRepository < this.limits.perRepository;
  }

  private contextOf(job: EvaluationJob): JobContext {
    const isCurrent = () => this.latestHead.get(job.key) === job.headSha;
    return {
      isCurrent,
      publish: async (publish) => {
        const previous = this.publishing.get(job.key) ?? Promise.resolve();
        const mine = previous.then(async () => {
          if (!isCurrent()) return false;
          await publish();
          return true;
        });
        const settled = mine.catch(() => undefined);
        this.publishing.set(job.key, settled);
        void settled.then(() => {
          if (this.publishing.get(job.key) === settled) this.publishing.delete(job.key);
        });
        return mine;
      },
    };
  }

  private settle(job: EvaluationJob, work: Promise<void>): void {
    work
      .catch((err: unknown) => this.onError(err, job))
      .finally(() => {
        this.running.delete(job);
        this.pump();
      });
  }
}
