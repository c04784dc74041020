/**
 * Idle-time warm-up for the popup's lookup: each step (parse the lookup index, fetch the rest,
 * parse the recognition layers, parse the full dictionary) runs in an idle period of its own, and
 * only when the reader has not typed for PAUSE_MS, so a keystroke never waits behind a parse it did
 * not need. Every step is safe to run twice: what a keystroke or a card needed first is already done.
 */
export const PAUSE_MS = 400;

export function warmUp(steps: (() => unknown)[], sinceInput: () => number): () => void {
  let stopped = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (at: number) => {
    if (stopped || at >= steps.length) return;
    idle = requestIdleCallback(
      async () => {
        const wait = PAUSE_MS - sinceInput();
        if (wait > 0) return void (timer = setTimeout(() => run(at), wait));
        try {
          await steps[at]();
        } finally {
          run(at + 1);
        }
      },
      { timeout: 1000 },
    );
  };
  run(0);
  return () => {
    stopped = true;
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
