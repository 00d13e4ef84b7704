/**
 * Slices work so that no task on the page's main thread reaches 50 ms. Slices are ≤ 8 ms, as the browser's
 * own find-in-page keeps its work, and between slices the page gets the thread back.
 */
export const SLICE_MS = 8;

/** Gives the thread back to the page: a macrotask, so input and rendering can run in between. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a step generator to its end, as many steps a slice as fit in {@link SLICE_MS}, giving the thread back
 * between slices (for work cut into steps much shorter than a slice, such as compiling the lexicon).
 * `clock` is for tests.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  clock: { now(): number; yieldToPage(): Promise<void> } = { now: () => performance.now(), yieldToPage },
): Promise<T> {
  let sliceEnds = clock.now() + SLICE_MS;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (clock.now() < sliceEnds) continue;
    await clock.yieldToPage();
    sliceEnds = clock.now() + SLICE_MS;
  }
}

/** Resolves when the tab is visible (at once if it is): nothing runs while a tab is hidden. */
export function whenVisible(doc: Document = document): Promise<void> {
  if (doc.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (doc.visibilityState === 'hidden') return;
      doc.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    doc.addEventListener('visibilitychange', onChange);
  });
}
