/**
 * Work cut into steps (generators that `yield` where a caller on a page's main thread may give the thread
 * back): the lexicon, the automaton and the phrase index are built this way. Callers without a page to
 * spare (tests, the background, Node) run the steps straight through.
 */

/** Runs a step generator to its end and returns its result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
