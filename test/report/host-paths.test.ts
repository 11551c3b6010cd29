import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutHostPaths } from '../../src/report/host-paths.js';

describe('published text carries no host paths', () => {
  it('replaces absolute paths, keeping repository paths and URLs', () => {
    const text = withoutHostPaths(
      "Cannot find module '/srv/promptgate/node_modules/@actions/exec/lib/exec.js' imported from file:///srv/promptgate/dist/app.js at prompts/support.prompt.yml:3, see https://github.com/acme/x/issues and C:\\Users\\ci\\app.js",
    );
    expect(text).toBe("Cannot find module '<host path>' imported from <host path> at prompts/support.prompt.yml:3, see https://github.com/acme/x/issues and <host path>");
  });

  it('replaces a known root even when it holds spaces', () => {
    expect(withoutHostPaths('failed in /opt/my apps/work/acme/checks/a.mjs: boom', ['/opt/my apps/work'])).toBe('failed in <host path>: boom');
    expect(withoutHostPaths(`could not write ${join(tmpdir(), 'promptgate-app', 'x')}`)).toBe('could not write <host path>');
  });
});
