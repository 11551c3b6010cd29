import type { Progress } from '../engine/run-jobs.js';

export interface ProgressReporter {
  update(p: Progress): void;
  done(): void;
}

/**
 * Progress on stderr: a redrawn bar on a terminal, a plain line every tenth of the way in CI
 * logs (where carriage returns turn into noise).
 */
export function progressReporter(stream: NodeJS.WriteStream, label: string): ProgressReporter {
  const tty = stream.isTTY === true && !process.env.CI;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(p) {
      if (p.total === 0) return;
      const ratio = p.done / p.total;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 50 && p.done < p.total) return;
        lastDraw = now;
        const width = 24;
        const filled = Math.round(ratio * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total}` + detail(p));
        return;
      }
      const decile = Math.floor(ratio * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${p.done}/${p.total} samples${detail(p)}\n`);
      }
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}

function detail(p: Progress): string {
  const parts: string[] = [];
  if (p.cached) parts.push(`${p.cached} cached`);
  if (p.errored) parts.push(`${p.errored} errored`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
