/** Exit codes shared by every command (DESIGN.md). */
export const EXIT = { ok: 0, failure: 1, usage: 2, inconclusive: 3 } as const;

/** What a command may touch of the process, so tests can run commands in-process. */
export interface CommandIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
