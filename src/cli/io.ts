/** Exit codes shared by every command (DESIGN.md); the gate owns them. */
export { EXIT } from '../gate/conclusion.js';

/** What a command may touch of the process, so tests can run commands in-process. */
export interface CommandIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
