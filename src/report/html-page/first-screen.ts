/** Set once the first screen (verdict, prompts table, first page of tests) is in the document: the browser's next paint shows it. */
const DRAWN_MARK = 'promptgate:first-screen-drawn';
/** Set after that paint, when the work that waited for it starts. */
const FIRST_SCREEN_MARK = 'promptgate:first-screen';

let painted = false;
const waiting: (() => void)[] = [];

/**
 * Runs `work` once the first screen has been painted, or at once after that. Charts wait: sizing
 * a canvas makes the browser lay out the page, which costs most while the file is still read.
 */
export function afterFirstScreen(work: () => void): void {
  if (painted) work();
  else waiting.push(work);
}

/** Called once the first screen is in the document: marks it after the next paint, then runs what waited. */
export function firstScreenDrawn(): void {
  performance.mark(DRAWN_MARK);
  // A task queued from the next animation frame runs after that frame was painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(FIRST_SCREEN_MARK);
      painted = true;
      for (const work of waiting.splice(0)) work();
    }),
  );
}
