#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/progress.ts
function progressReporter(stream, label) {
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
        stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${p.done}/${p.total}` + detail(p));
        return;
      }
      const decile = Math.floor(ratio * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${p.done}/${p.total} samples${detail(p)}
`);
      }
    },
    done() {
      if (tty) stream.write("\r\x1B[2K");
    }
  };
}
function detail(p) {
  const parts = [];
  if (p.cached) parts.push(`${p.cached} cached`);
  if (p.errored) parts.push(`${p.errored} errored`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

export {
  progressReporter
};
