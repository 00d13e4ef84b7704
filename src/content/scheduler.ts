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

/** The clock and the yield a slice uses (tests pass their own). */
export interface SliceClock {
  now(): number;
  yieldToPage(): Promise<void>;
}

const pageClock: SliceClock = { now: () => performance.now(), yieldToPage };

/**
 * One run of main-thread time, {@link SLICE_MS} long, shared by every loop that holds it: work done by any of
 * them counts against the same slice, and the thread is given back only when the slice is used up (a batch of
 * mutations can start many small scans at once; they share slices rather than each taking a full one).
 */
export class Slice {
  #ends: number;
  readonly #clock: SliceClock;

  /** `started`: whether the first slice begins now (else the first {@link pause} yields at once). */
  constructor(clock: SliceClock = pageClock, started = false) {
    this.#clock = clock;
    this.#ends = started ? clock.now() + SLICE_MS : -Infinity;
  }

  /** When the current slice ends (on the clock's time line). */
  get deadline(): number {
    return this.#ends;
  }

  /** Whether the current slice is used up. */
  over(): boolean {
    return this.#clock.now() >= this.#ends;
  }

  /** Gives the thread back if the current slice is used up, then begins the next one. */
  async pause(): Promise<void> {
    if (!this.over()) return;
    await this.#clock.yieldToPage();
    this.#ends = this.#clock.now() + SLICE_MS;
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
