import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { TestRepo } from '../support/git-repo.js';
import { pageReport } from '../support/html-report.js';
import { startModelServer, type ScriptedModelServer } from '../support/model-server.js';

const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
let server: ScriptedModelServer;
const repo = new TestRepo();

beforeAll(async () => {
  server = await startModelServer();
  repo.copy(join(demo, 'base'));
  repo.commit('Acme support prompts');
  repo.branch('prompt-tuning');
  repo.copy(join(demo, 'pr'));
  repo.commit('tune prompts');
});
afterAll(async () => {
  await server.close();
  repo.cleanup();
});

describe('promptgate compare --html (the bundled CLI)', () => {
  it('writes the HTML report with the same data as report.json', async () => {
    const r = await runCli(['compare', '--base', 'main', '--json', 'out/report.json', '--html', 'out/report.html'], { cwd: repo.dir, env: server.env() });
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.code).toBe(1);
    const html = readFileSync(join(repo.dir, 'out/report.html'), 'utf8');
    // The page puts each test's outputs and each prompt's texts (carried after its script) back.
    const data = pageReport(html);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/report.json'), 'utf8'));
    // Outputs of the demo are far below the HTML report's bounds: nothing is cut.
    expect(data).toEqual(report);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });
});
