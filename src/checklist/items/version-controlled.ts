import { plural, shortSha } from '../../report/format.js';
import { scanPromptLiterals } from './prompt-literals.js';
import { authoredTests, nameList, type ChecklistCheck, type Finding } from './common.js';

/**
 * Every prompt is a file tracked in git with at least one test of its own, and no prompt hides
 * in source code as a string literal. Head files come from the commit's tree, so a prompt read
 * from them is tracked by construction; the check still confirms each path is in that tree.
 */
export const versionControlled: ChecklistCheck = {
  id: 'version-controlled',
  title: 'Prompts are version-controlled and tested',
  async run(ctx): Promise<Finding> {
    const prompts = ctx.head.prompts;
    const tracked = new Set(await ctx.headFiles.listFiles());
    const scan = await scanPromptLiterals(ctx.headFiles);
    const literals = scan.literals.map((l) => `${l.file}:${l.line}`);
    const inCode =
      literals.length > 0
        ? `${plural(literals.length, 'prompt-like string')} in source code outside prompt files: ${nameList(literals)}`
        : `no prompt-like strings in ${plural(scan.scanned, 'source file')}`;
    if (prompts.length === 0) {
      return literals.length > 0 ? { status: 'warn', evidence: `no prompt files; ${inCode}` } : { status: 'n/a', evidence: `no prompt files at head; ${inCode}` };
    }

    const untracked = prompts.filter((p) => !tracked.has(p.prompt.path)).map((p) => p.prompt.path);
    const untested = prompts.filter((p) => authoredTests(p).length === 0).map((p) => p.prompt.path);
    const tests = prompts.reduce((n, p) => n + authoredTests(p).length, 0);
    const problems = [
      untracked.length > 0 ? `${plural(untracked.length, 'prompt')} not tracked at ${shortSha(ctx.report.head.sha)}: ${nameList(untracked)}` : '',
      untested.length > 0 ? `${untested.length} of ${plural(prompts.length, 'prompt')} without a test: ${nameList(untested)}` : '',
    ].filter(Boolean);
    if (problems.length > 0) return { status: 'fail', evidence: `${problems.join('; ')}; ${inCode}` };
    const summary = `${plural(prompts.length, 'prompt')} tracked in git at ${shortSha(ctx.report.head.sha)} with ${plural(tests, 'test')}`;
    return { status: literals.length > 0 ? 'warn' : 'pass', evidence: `${summary}; ${inCode}` };
  },
};
