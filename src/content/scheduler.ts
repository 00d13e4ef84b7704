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
