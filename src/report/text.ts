import { styleText } from 'node:util';

/** Terminal styling that turns itself off for pipes, CI logs and NO_COLOR. */
export function styler(stream: NodeJS.WriteStream) {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const wrap = (format: Parameters<typeof styleText>[0]) => (s: string) => (on ? styleText(format, s) : s);
  return { red: wrap('red'), green: wrap('green'), yellow: wrap('yellow'), dim: wrap('dim'), bold: wrap('bold') };
}

export type Styler = ReturnType<typeof styler>;

/** Left-aligned columns; numeric-looking cells are right-aligned. */
export function table(rows: string[][], header: string[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => visibleLength(r[c] ?? ''))));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[-+~]?[\d.,/%$]+[a-z%]*$|^—$/.test(strip(r[c] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - visibleLength(cell));
        return numeric[c] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const ANSI = /\x1b\[[0-9;]*m/g;
function strip(s: string): string {
  return s.replace(ANSI, '');
}
function visibleLength(s: string): number {
  return strip(s).length;
}

/** One line of at most `max` characters with newlines shown as ⏎. */
export function oneLine(s: string, max = 80): string {
  const flat = s.replace(/\s*\n\s*/g, ' ⏎ ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
