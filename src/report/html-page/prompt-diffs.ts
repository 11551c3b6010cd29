import { diffLines, diffWordsWithSpace, type Change } from 'diff';
import { formatCount, formatSignedCount } from '../format.js';
import type { ChangedPrompt, ComparisonReport } from '../types.js';
import { el, section } from './dom.js';

/** Unchanged lines kept around each change; longer unchanged stretches are folded. */
const CONTEXT_LINES = 3;
/** Diffs drawn open when the page loads; the others are drawn when opened. */
const OPEN_AT_START = 3;
/** A changed block past this many word edits is shown line by line: a rewrite reads better whole (and diffs slowly). */
const MAX_WORD_EDITS = 400;

/** Each changed prompt file: line diff, with changed lines diffed word by word, once `texts` (carried after the page script) are in. */
export function promptDiffsSection(report: ComparisonReport, texts: Promise<void>): HTMLElement {
  if (report.changedPrompts.length === 0) return section('prompt-diffs', 'Prompt changes', el('p', { class: 'empty' }, 'No prompt file changed.'));
  return section('prompt-diffs', 'Prompt changes', ...report.changedPrompts.map((p, i) => promptDiff(p, i < OPEN_AT_START, texts)));
}

function promptDiff(p: ChangedPrompt, open: boolean, texts: Promise<void>): HTMLDetailsElement {
  const tokens = p.baseTokens !== null && p.headTokens !== null ? ` · ${formatCount(p.baseTokens)} → ${formatCount(p.headTokens)} tokens (${formatSignedCount(p.headTokens - p.baseTokens)})${p.tokensEstimated ? ', estimated' : ''}` : '';
  const moved = p.previousPath ? ` (from ${p.previousPath})` : '';
  const body = el('pre', { class: 'diff' });
  const details = el('details', { class: 'prompt-diff' }, el('summary', null, el('code', null, p.path), `${moved} · ${p.status}${tokens}`), body);
  const fill = async () => {
    await texts;
    if (!body.hasChildNodes()) body.append(...diffLinesView(p.baseText ?? '', p.headText ?? ''));
  };
  details.addEventListener('toggle', () => details.open && void fill());
  details.open = open;
  return details;
}

function diffLinesView(base: string, head: string): Node[] {
  const chunks = diffLines(base, head);
  const out: Node[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk.removed && chunks[i + 1]?.added) out.push(...pairedLines(chunk.value, chunks[i + 1]!.value));
    else if (chunk.added && chunks[i - 1]?.removed) return;
    else if (chunk.added || chunk.removed) out.push(...lines(chunk.value).map((line) => el('span', { class: chunk.added ? 'line-ins' : 'line-del' }, `${chunk.added ? '+' : '-'} ${line}\n`)));
    else out.push(...context(chunk, i === 0, i === chunks.length - 1));
  });
  return out;
}

/** A changed block: the removed lines, then the added ones, each marking the words that changed. */
function pairedLines(removed: string, added: string): Node[] {
  const words = diffWordsWithSpace(removed, added, { maxEditLength: MAX_WORD_EDITS });
  if (!words) return [el('span', { class: 'line-del' }, prefixed(removed, '-')), el('span', { class: 'line-ins' }, prefixed(added, '+'))];
  return [side(words, 'removed'), side(words, 'added')];
}

function side(words: Change[], kind: 'added' | 'removed'): HTMLElement {
  const block = el('span', { class: kind === 'added' ? 'line-ins' : 'line-del' });
  const sign = kind === 'added' ? '+ ' : '- ';
  block.append(sign);
  for (const w of words) {
    if ((kind === 'added' && w.removed) || (kind === 'removed' && w.added)) continue;
    const text = w.value.replace(/\n(?!$)/g, `\n${sign}`);
    block.append(w.added || w.removed ? el(kind === 'added' ? 'ins' : 'del', null, text) : text);
  }
  if (!block.textContent!.endsWith('\n')) block.append('\n');
  return block;
}

function context(chunk: Change, first: boolean, last: boolean): Node[] {
  const all = lines(chunk.value);
  const keepHead = first ? 0 : CONTEXT_LINES;
  const keepTail = last ? 0 : CONTEXT_LINES;
  if (all.length <= keepHead + keepTail + 1) return [document.createTextNode(all.map((l) => `  ${l}\n`).join(''))];
  const folded = all.length - keepHead - keepTail;
  return [
    document.createTextNode(all.slice(0, keepHead).map((l) => `  ${l}\n`).join('')),
    el('span', { class: 'fold' }, `… ${formatCount(folded)} unchanged line${folded === 1 ? '' : 's'} …\n`),
    document.createTextNode(all.slice(all.length - keepTail).map((l) => `  ${l}\n`).join('')),
  ];
}

function lines(text: string): string[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function prefixed(text: string, sign: string): string {
  return lines(text).map((l) => `${sign} ${l}\n`).join('');
}
