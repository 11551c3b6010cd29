import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The report.json the Action wrote at its `report-path` output (read before RUNNER_TEMP is removed). */
  report?: unknown;
  /** The HTML report at the `html-path` output (read before RUNNER_TEMP is removed). */
  html?: string;
}

export interface ActionRunOptions {
  eventName: string;
  payload: unknown;
  workspace: string;
  apiUrl: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The Node.js binary; the runner uses node24 (`ACTION_NODE` points the smoke run at one). */
  node?: string;
  /** The bundle to run; default {@link ACTION}. */
  script?: string;
}

/**
 * Runs the bundled Action (`dist/index.js`) as a child process exactly as the runner does:
 * INPUT_* variables, the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-runner-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': 'ghs_promptgate_fake_actions_token', config: 'promptgate.yml', comment: 'true', ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/support-bot',
    GITHUB_WORKFLOW: 'prompts',
    GITHUB_JOB: 'eval',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...o.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(o.node ?? process.env.ACTION_NODE ?? process.execPath, [o.script ?? ACTION], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
      const reportPath = outputs['report-path'];
      // report.json is parsed; a shard's partial report (JSON Lines) is kept as the text it is.
      const reportText = reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : undefined;
      const report: unknown = reportText === undefined || reportPath!.endsWith('.ndjson') ? reportText : JSON.parse(reportText);
      const htmlPath = outputs['html-path'];
      const html = htmlPath && existsSync(htmlPath) ? readFileSync(htmlPath, 'utf8') : undefined;
      const run = { code: code ?? -1, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), report, html };
      // The runner's RUNNER_TEMP goes with the job; so does this one, once read.
      rmSync(dir, { recursive: true, force: true });
      resolve(run);
    });
  });
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` format. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}
