import { runSteps } from './steps';

/**
 * An Aho–Corasick automaton compiled into a dense DFA over a small alphabet of character classes: one table
 * lookup per text unit, so a scan is linear in the text whatever the patterns or the input.
 *
 * (Measured on this project's lexicon: a hand-rolled dense DFA is several times faster than a `\p{L}`
 * look-around RegExp alternation, and it stays linear on non-ASCII text where some npm packages did not.)
 */
export interface Automaton {
  /** Folded unit → character class (0 = a unit no pattern contains). */
  readonly classOf: Uint8Array;
  readonly classCount: number;
  /** `delta[state * classCount + class]` is the next state. */
  readonly delta: Uint16Array | Uint32Array;
  /** Pattern id ending exactly at a state, or -1. */
  readonly terminal: Int32Array;
  /** The nearest proper suffix state that is terminal, or -1. */
  readonly outLink: Int32Array;
  /**
   * The first state on the output chain: the state itself when a pattern ends there, else its `outLink`
   * (-1: no pattern ends here). A scan's inner loop reads this one entry per unit.
   */
  readonly output: Int32Array;
  /** Length in folded units of each pattern id. */
  readonly patternLength: Uint16Array;
}

/** Builds the automaton for `patterns` (already folded, non-empty); pattern ids are array indices. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return runSteps(buildAutomatonSteps(patterns));
}

/**
 * How many states one step of {@link buildAutomatonSteps} fills, and how many patterns one step puts in the
 * trie. Small: in a page's cold engine 1,500 states made a 20–40 ms step (Chromium trace); a caller that
 * wants bigger slices runs several steps before it gives the thread back.
 */
const STATES_PER_STEP = 256;
const PATTERNS_PER_STEP = 128;

/**
 * {@link buildAutomaton} in steps: each `yield` is a point where a caller on a page's main thread may give
 * the thread back (the dense table is most of a lexicon's compile time).
 */
export function* buildAutomatonSteps(patterns: readonly string[]): Generator<void, Automaton, void> {
  const classOf = new Uint8Array(0x10000);
  let classCount = 1;
  for (const p of patterns)
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      if (classOf[u] === 0) {
        if (classCount === 255) throw new Error('lexicon alphabet exceeds 254 distinct characters');
        classOf[u] = classCount++;
      }
    }
  const trie = yield* buildTrie(patterns, classOf, classCount);
  yield;
  const { stateCount, firstChild, nextSibling, edgeClass } = trie;
  const delta =
    stateCount < 0xffff ? new Uint16Array(stateCount * classCount) : new Uint32Array(stateCount * classCount);
  const fail = new Int32Array(stateCount);
  const terminal = trie.terminal;
  const outLink = new Int32Array(stateCount).fill(-1);
  // Breadth-first: a state's failure target is always shallower, so its row is complete when we copy it.
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let child = firstChild[0]!; child !== NONE; child = nextSibling[child]!) {
    delta[edgeClass[child]!] = child;
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    if (head % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
    const s = queue[head]!;
    const f = fail[s]!;
    outLink[s] = terminal[f]! >= 0 ? f : outLink[f]!;
    const row = s * classCount;
    const failRow = f * classCount;
    // A state's row starts as a copy of its failure state's row (a native copy: this is most of the compile).
    delta.copyWithin(row, failRow, failRow + classCount);
    for (let child = firstChild[s]!; child !== NONE; child = nextSibling[child]!) {
      const cls = edgeClass[child]!;
      fail[child] = delta[failRow + cls]!;
      delta[row + cls] = child;
      queue[tail++] = child;
    }
  }
  const patternLength = Uint16Array.from(patterns, (p) => Math.min(p.length, 0xffff));
  const output = outLink.map((link, s) => (terminal[s]! >= 0 ? s : link));
  return { classOf, classCount, delta, terminal, outLink, output, patternLength };
}

/** "No state" in the trie's child lists (state 0, the root, is nobody's child). */
const NONE = 0;

/** A trie in typed arrays: each state's children are a list `firstChild[s]`, `nextSibling[child]`… */
interface Trie {
  stateCount: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** The class of the edge into each state. */
  edgeClass: Uint8Array;
  /** Pattern id ending exactly at each state, or -1. */
  terminal: Int32Array;
}

/**
 * The patterns' trie. Typed arrays and child lists, no Map per state: on a page's first scan this runs in a
 * cold engine, where a Map per state and the iteration of its entries allocated enough to trigger collection
 * after collection (a Node CPU profile of a cold compile: 18% garbage collection).
 */
function* buildTrie(
  patterns: readonly string[],
  classOf: Uint8Array,
  classCount: number,
): Generator<void, Trie, void> {
  let bound = 1;
  for (const p of patterns) bound += p.length;
  const firstChild = new Int32Array(bound);
  const nextSibling = new Int32Array(bound);
  const edgeClass = new Uint8Array(bound);
  const terminal = new Int32Array(bound).fill(-1);
  // The root has a child for most classes: a direct table instead of a long list to search.
  const rootChild = new Int32Array(classCount);
  let stateCount = 1;
  for (let id = 0; id < patterns.length; id++) {
    if (id > 0 && id % PATTERNS_PER_STEP === 0) yield;
    const p = patterns[id]!;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = classOf[p.charCodeAt(i)]!;
      let next = NONE;
      if (s === 0) next = rootChild[cls]!;
      else
        for (let c = firstChild[s]!; c !== NONE; c = nextSibling[c]!)
          if (edgeClass[c] === cls) {
            next = c;
            break;
          }
      if (next === NONE) {
        next = stateCount++;
        edgeClass[next] = cls;
        nextSibling[next] = firstChild[s]!;
        firstChild[s] = next;
        if (s === 0) rootChild[cls] = next;
      }
      s = next;
    }
    if (terminal[s] === -1) terminal[s] = id;
  }
  return {
    stateCount,
    firstChild: firstChild.subarray(0, stateCount),
    nextSibling: nextSibling.subarray(0, stateCount),
    edgeClass: edgeClass.subarray(0, stateCount),
    terminal: terminal.slice(0, stateCount),
  };
}

/** Appends to `found` the id of every pattern occurrence in `text` (no word boundaries; ids may repeat). */
export function collectPatterns(automaton: Automaton, text: string, found: number[]): void {
  const { classOf, classCount, delta, terminal, outLink } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = delta[state * classCount + classOf[text.charCodeAt(i)]!]!;
    let node = terminal[state]! >= 0 ? state : outLink[state]!;
    while (node >= 0) {
      found.push(terminal[node]!);
      node = outLink[node]!;
    }
  }
}

/** True when any pattern occurs in `units[from, to)` (stops at the first). */
export function anyPattern(automaton: Automaton, units: Uint16Array, from: number, to: number): boolean {
  return advance(automaton, units, from, to, 0) < to;
}

/** The state {@link advance} stopped in. */
export let advancedState = 0;

/**
 * Runs the automaton from `state` over `units[from, to)` and stops after the first unit that completes a
 * pattern: returns its index (`to` when none does), the state reached being left in {@link advancedState}.
 * A loop of its own without a single call: with the match handling (calls) in the same loop, V8 reloaded and
 * re-checked every table each unit (scanCompanies() over the Arabic bench corpus: 104M → 86M instructions,
 * measured with callgrind).
 */
export function advance(
  automaton: Automaton,
  units: Uint16Array,
  from: number,
  to: number,
  state: number,
): number {
  const { classOf, classCount, delta, output } = automaton;
  let i = from;
  for (; i < to; i++) {
    state = delta[state * classCount + classOf[units[i]!]!]!;
    if (output[state]! >= 0) break;
  }
  advancedState = state;
  return i;
}
