import type { FirstScreenData, LateData } from '../../src/report/html-data.js';

/** The first-screen data, the late data after the page script, the script and the stylesheet exactly as an HTML report carries them. */
export function htmlParts(html: string) {
  const data = /<script type="application\/json" id="promptgate-report">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const texts = /<script type="application\/json" id="promptgate-texts">([\s\S]*?)<\/script>\n<\/body>/.exec(html)![1]!;
  const script = /<script>([\s\S]*?)<\/script>\n<script type="application\/json" id="promptgate-texts">/.exec(html)![1]!;
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
  return { data, texts, script, style, csp };
}

/** The report as the page puts it back together: the first-screen report with the tests and each changed prompt's texts from the late data. */
export function pageReport(html: string) {
  const { data, texts } = htmlParts(html);
  const first = JSON.parse(data) as FirstScreenData;
  const late = JSON.parse(texts) as LateData;
  return {
    ...first.report,
    tests: late.tests,
    changedPrompts: first.report.changedPrompts.map((p, i) => ({ ...p, baseText: late.promptTexts[i]![0], headText: late.promptTexts[i]![1] })),
  };
}
