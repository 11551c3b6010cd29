import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** An object as `git cat-file --batch` gives it; `data` is left out when the object is larger than the read allowed. */
export interface GitObject {
  oid: string;
  type: string;
  size: number;
  data?: Buffer;
}

/** A read waiting for its answer, which git writes in the order asked: the object, or undefined when there is none. */
interface Waiting {
  maxSize: number;
  resolve: (object: GitObject | undefined) => void;
  reject: (err: Error) => void;
}

/**
 * One long-lived `git cat-file --batch` for a repository, asked for one object after another:
 * a git process costs tens of milliseconds to start (most of it on Node's main thread, copying
 * its memory map), and a comparison reads objects in several waves (both configs, both suites,
 * linked files). Answers come back in the order asked, so each read waits its turn in a queue.
 * While nothing is asked, the process holds no reference on the event loop: it ends with Node.
 */
export class ObjectReader {
  private readonly repo: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly makeError: (message: string, stderr: string) => Error;
  private child?: ChildProcessWithoutNullStreams;
  private readonly waiting: Waiting[] = [];
  private pending: Buffer = Buffer.alloc(0);
  /** The object being received: its header, the chunks of it kept so far (none over the read's size) and how much has come. */
  private body?: { object: GitObject; chunks?: Buffer[]; received: number };
  private stderr = '';

  constructor(repo: string, env: NodeJS.ProcessEnv, makeError: (message: string, stderr: string) => Error) {
    this.repo = repo;
    this.env = env;
    this.makeError = makeError;
  }

  /** The object's content as text (`<oid>` or `<rev>:<path>`), or undefined when there is none. */
  async read(name: string): Promise<string | undefined> {
    return (await this.object(name))?.data?.toString('utf8');
  }

  /**
   * The object `name` names (an id, `<rev>:<path>`, `<rev>^{commit}`), or undefined when there is
   * none; its content only when it is at most `maxSize` bytes (a larger one is read past, not kept).
   */
  object(name: string, maxSize = Infinity): Promise<GitObject | undefined> {
    // A name with a newline cannot be asked for on this protocol; git paths in a prompt suite have none.
    const child = this.started();
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ maxSize, resolve, reject }) === 1) this.hold(true);
      child.stdin.write(`${name.replace(/\n/g, '')}\n`);
    });
  }

  /** Starts git now, before the first read: a process costs less to start while this one is still small. */
  start(): void {
    this.started();
  }

  private started(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.repo, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout.on('data', (d: Buffer) => this.received(d));
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    child.stdin.on('error', () => undefined); // the exit below says why
    child.once('error', (e) => this.failed(child, `git cat-file failed: ${e.message}`));
    child.once('close', (code) => this.failed(child, `git cat-file failed: ${this.stderr.trim().split('\n').slice(-1)[0] || `exit ${code}`}`));
    child.unref();
    return child;
  }

  /**
   * Keeps the event loop alive while answers are awaited, and lets it go when none are. The
   * process too, not only its pipes: a git that exits at once (no repository there) closes its
   * pipes first, and with only an unreferenced process left Node would end before hearing of the
   * exit, leaving the reads unanswered (the Action then died with exit 13 and no message).
   */
  private hold(on: boolean): void {
    const child = this.child;
    if (!child) return;
    if (on) child.ref();
    else child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr] as unknown as { ref(): void; unref(): void }[]) {
      if (on) stream.ref();
      else stream.unref();
    }
  }

  /** `<oid> <type> <size>\n<content>\n` per object, or `<name> missing\n`, possibly cut anywhere. */
  private received(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      const body = this.body;
      if (body) {
        const { object } = body;
        const take = this.pending.subarray(0, object.size + 1 - body.received);
        body.chunks?.push(take);
        body.received += take.length;
        this.pending = this.pending.subarray(take.length);
        if (body.received < object.size + 1) return;
        if (body.chunks) object.data = Buffer.concat(body.chunks).subarray(0, object.size);
        this.body = undefined;
        this.answer(object);
        continue;
      }
      const eol = this.pending.indexOf(10);
      if (eol < 0) return;
      const header = /^([0-9a-f]+) (\S+) (\d+)$/.exec(this.pending.toString('utf8', 0, eol));
      this.pending = this.pending.subarray(eol + 1);
      if (header) {
        const object = { oid: header[1]!, type: header[2]!, size: Number(header[3]) };
        this.body = { object, chunks: object.size <= (this.waiting[0]?.maxSize ?? Infinity) ? [] : undefined, received: 0 };
      } else this.answer(undefined); // "<name> missing" (or ambiguous)
    }
  }

  private answer(object: GitObject | undefined): void {
    this.waiting.shift()?.resolve(object);
    if (this.waiting.length === 0) this.hold(false);
  }

  /** The process is gone: every read still waiting fails, and the next read starts a new one. */
  private failed(child: ChildProcessWithoutNullStreams, message: string): void {
    if (this.child !== child) return;
    this.child = undefined;
    const err = this.makeError(message, this.stderr);
    this.pending = Buffer.alloc(0);
    this.body = undefined;
    this.stderr = '';
    for (const w of this.waiting.splice(0)) w.reject(err);
  }
}
