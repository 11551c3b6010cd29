/**
 * The line the job summary (and the PR comment, once wired there) ends with: where the HTML
 * report is. The Action writes it to `html-path`; the workflow uploads it as an artifact of its
 * run, so the run's page is where a reviewer downloads it. Empty when the run is not known.
 */
export function htmlReportLink(runUrl: string | undefined): string {
  if (!runUrl || !/^https:\/\/[^\s()<>]+$/.test(runUrl)) return '';
  return `\n\n📊 HTML report (charts, every test's outputs side by side, prompt diffs): in the artifacts of [this workflow run](${runUrl}), when the workflow uploads \`html-path\`.\n`;
}
