import { isSpace, isWordUnit } from './char-fold';
import { unitsToString } from './fold-text';
import { CONTEXT, type ContextId } from './cues/context';
import { cueRegistry, type CueEntry } from './cue-registry';
import {
  beginSentence,
  internWord,
  matchPhrases,
  NO_GAPS,
  WORD_HASH_SEED,
  wordHashStep,
  type PhraseIndex,
} from './phrase-index';

/** One cue occurrence: normalised span, token span `[t0, t1)`, and its gaps (the `…` parts). */
export interface Hit {
  entry: CueEntry;
  start: number;
  end: number;
  t0: number;
  t1: number;
  /** Token index where the first gap begins (= t1 when there is none): the cue's head word(s) end here. */
  headT1: number;
  gaps: readonly (readonly [number, number])[];
}

/** A company mention placed in the sentence. */
export interface Slot {
  /** Normalised span of the alias. */
  start: number;
  end: number;
  t0: number;
  t1: number;
  /** Arabic proclitics glued in front of the alias (e.g. "و", "لل"), '' when none. */
  prefix: string;
}

/**
 * A sentence's normalised text and where each unit came from, read in place from the fold of the whole text:
 * unit `i` is `units[from + i]` and came from original offset `origin[from + i] - base` (relative to the
 * sentence), for `i` < `length`; the offset just past the sentence is `end`. No string of the whole sentence is
 * made: the rules read a few short spans of it ({@link normSlice}), and decoding every sentence's text (or the
 * whole text's) cost more than those reads (measured). (Copying a per-sentence offset map cost more than the
 * lookups it served.)
 */
export interface SentenceText {
  readonly units: Uint16Array;
  readonly origin: Uint32Array;
  readonly from: number;
  readonly length: number;
  readonly base: number;
  readonly end: number;
}

/** The normalised text `[start, end)` of a sentence, as `String.prototype.slice` would cut it. */
export function normSlice(norm: SentenceText, start: number, end: number = norm.length): string {
  const a = Math.max(0, Math.min(start, norm.length));
  const b = Math.max(0, Math.min(end, norm.length));
  return unitsText(norm.units, norm.from + a, norm.from + b);
}

/** Up to this many units, a string is made by appending (see {@link unitsText}). */
const SHORT_TEXT = 12;

/**
 * The string of `units[from, to)`. Beyond a few units, decoded at once by the fold's {@link unitsToString}:
 * appending unit by unit made a new string per unit (the gap between two names, read to see whether it is a
 * list, made dozens).
 */
export function unitsText(units: Uint16Array, from: number, to: number): string {
  if (to - from > SHORT_TEXT) return unitsToString(units.subarray(from, to));
  // A word or two: appending costs less than making the view of the array that decoding reads.
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(units[i]!);
  return out;
}

/** The normalised unit `i` of a sentence, or NaN past its end (as `charCodeAt`). */
export function normUnitAt(norm: SentenceText, i: number): number {
  return i >= 0 && i < norm.length ? norm.units[norm.from + i]! : NaN;
}

/** The offset in the original sentence of normalised unit `i` (the sentence's length for `i` = text length). */
export function originalAt(norm: SentenceText, i: number): number {
  return i < norm.length ? norm.origin[norm.from + i]! - norm.base : norm.end;
}

/** A sentence prepared for classification: normalised text, words, cues, mentions. */
export interface SentenceView {
  original: string;
  norm: SentenceText;
  /**
   * Word k is normalised units `[tokenStart[k], tokenEnd[k])`, for k < `tokenCount` (the arrays are buffers shared
   * from sentence to sentence, possibly longer: a view is used only while its sentence is classified).
   */
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  tokenCount: number;
  /**
   * The folded units of the sentence are `units[unitsFrom, unitsFrom + norm.length)` (the same as
   * `norm.units` and `norm.from`, at hand for loops over characters).
   */
  units: Uint16Array;
  unitsFrom: number;
  /**
   * The cue hits, grouped when the view is built (the rules ask for one group at a time): those of action
   * cues and those of data cues (data types and data nouns), in sentence order. Buffers shared from sentence
   * to sentence, like the token arrays.
   */
  actionHits: readonly Hit[];
  dataHits: readonly Hit[];
  slots: Slot[];
  /**
   * The context hits of kind `id` are `contextLists[id][0, contextCounts[id])` (buffers shared from sentence to
   * sentence, like the token arrays: read them through {@link contextCount} and {@link contextAt}).
   */
  contextLists: readonly (readonly Hit[])[];
  contextCounts: Int32Array;
}

/**
 * Hits and the per-kind lists of context hits are recycled from sentence to sentence too. A sentence names a
 * dozen cues (most of them context words: «في», «من», "on"), and making a fresh object per hit and an array
 * per kind was the largest share of what detect() allocated on Arabic text (4 MB of 23 per MB of text); the
 * garbage collector's time followed. Nothing keeps a hit past its sentence: verdicts quote hits as strings.
 */
const hitPool: Hit[] = [];
const actionHits: Hit[] = [];
const dataHits: Hit[] = [];
const contextLists: Hit[][] = Object.keys(CONTEXT).map(() => []);
const contextCounts = new Int32Array(contextLists.length);

/** Words of the sentence being built: ids and spans, in buffers reused from sentence to sentence. */
let wordIds = new Int32Array(256);
let tokenStart = new Int32Array(256);
let tokenEnd = new Int32Array(256);

function growTokens(): void {
  const size = wordIds.length * 2;
  const ids = new Int32Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  ids.set(wordIds);
  starts.set(tokenStart);
  ends.set(tokenEnd);
  wordIds = ids;
  tokenStart = starts;
  tokenEnd = ends;
}

/** The hash {@link wordRun} reached. */
let runHash = 0;

/**
 * Extends a word over `units[k, end)` while its units are Arabic letters, a–z or digits (nearly every unit of
 * a word), taking each into `hash`; returns where it stopped and leaves the hash in {@link runHash}. A loop of
 * its own without a single call: inside the tokenizer's loop, whose word ends call out, V8 reloaded and
 * re-checked the buffer every unit (callgrind, Arabic bench corpus: the tokenizer 29.9M → 24.6M
 * instructions per detect).
 */
function wordRun(units: Uint16Array, k: number, end: number, hash: number): number {
  for (; k < end; k++) {
    const c = units[k]!;
    if (c >= 0x0621 ? c > 0x064a : !((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    hash = wordHashStep(hash, c);
  }
  runHash = hash;
  return k;
}

/**
 * Words are maximal runs of letters, digits and marks (a char-code loop: ~5× a `\p{L}+` RegExp), read from the
 * folded units `units[from, from + length)` into {@link tokenStart}, {@link tokenEnd} and {@link wordIds}.
 * Returns the number of words.
 */
function tokenize(index: PhraseIndex<CueEntry>, units: Uint16Array, from: number, length: number): number {
  let count = 0;
  const end = from + length;
  for (let k = from; k < end;) {
    const c = units[k]!;
    // Lower-case Latin, digits and Arabic letters (nearly every character of normalised text) decide at once.
    const word =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x0621 && c <= 0x064a) ||
      (c > 0x7f && isWordUnit(c));
    if (!word) {
      k++;
      continue;
    }
    const start = k;
    let hash = WORD_HASH_SEED;
    for (;;) {
      k = wordRun(units, k, end, hash);
      hash = runHash;
      // The run stopped at a separator or at a rarer letter, digit or mark, which the word takes in.
      if (k === end || units[k]! <= 0x7f || !isWordUnit(units[k]!)) break;
      hash = wordHashStep(hash, units[k++]!);
    }
    if (count === wordIds.length) growTokens();
    wordIds[count] = internWord(index, units, start, k, hash);
    tokenStart[count] = start - from;
    tokenEnd[count++] = k - from;
  }
  return count;
}

/** Index of the first token that ends after `pos` (the token holding `pos`, or the next one). */
function tokenAt(ends: Int32Array, count: number, pos: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First normalised index whose original offset is ≥ `offset`. */
function toNormalized(norm: SentenceText, offset: number): number {
  let lo = 0;
  let hi = norm.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.origin[norm.from + mid]! - norm.base < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsSolid(start: number, end: number, gaps: readonly (readonly [number, number])[], slot: Slot) {
  if (end <= slot.start || slot.end <= start) return false;
  // Inside a gap a name is an argument of the cue ("asked JPMorgan … to share"), not part of it.
  for (const [a, b] of gaps) if (a <= slot.start && slot.end <= b) return false;
  return true;
}

/**
 * Prepares one sentence: `spans` are the mentions' offsets, `base` where `original` starts; `norm` is its normalised
 * form, whose units are also `units[from, from + norm.length)` (the fold of the whole text, read
 * without cutting strings). Cue occurrences that overlap a name ("Target", "Bank of America") are discarded:
 * a name is never a cue.
 */
export function buildSentenceView(
  original: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  base: number,
  norm: SentenceText,
  units: Uint16Array,
  from: number,
): SentenceView {
  const index = cueRegistry().index;
  const sentence = beginSentence(index);
  const count = tokenize(index, units, from, norm.length);
  const starts = tokenStart;
  const ends = tokenEnd;
  const slots: Slot[] = [];
  for (const span of spans) {
    const s = toNormalized(norm, span.start - base);
    const e = Math.max(s + 1, toNormalized(norm, span.end - base));
    const t0 = tokenAt(ends, count, s);
    const t1 = Math.max(t0 + 1, tokenAt(ends, count, e - 1) + 1);
    const wordStart = t0 < count ? starts[t0]! : s;
    slots.push({ start: s, end: e, t0, t1, prefix: wordStart < s ? normSlice(norm, wordStart, s) : '' });
  }
  actionHits.length = 0;
  dataHits.length = 0;
  contextCounts.fill(0);
  let pooled = 0;
  matchPhrases(index, units, from, from + norm.length, wordIds, count, sentence, (entry, t0, t1, found) => {
    let gaps = NO_GAPS;
    if (found.length > 0) gaps = found.map(([a, b]): [number, number] => [starts[a]!, ends[b - 1]!]);
    const start = starts[t0]!;
    const end = ends[t1 - 1]!;
    for (let k = 0; k < slots.length; k++) if (overlapsSolid(start, end, gaps, slots[k]!)) return;
    const headT1 = found.length > 0 ? found[0]![0] : t1;
    let hit = hitPool[pooled];
    if (hit) {
      hit.entry = entry;
      hit.start = start;
      hit.end = end;
      hit.t0 = t0;
      hit.t1 = t1;
      hit.headT1 = headT1;
      hit.gaps = gaps;
    } else hitPool.push((hit = { entry, start, end, t0, t1, headT1, gaps }));
    pooled++;
    const tag = entry.tag;
    if (tag.group === 'context') {
      const n = contextCounts[tag.id]!;
      contextLists[tag.id]![n] = hit;
      contextCounts[tag.id] = n + 1;
    } else if (tag.group === 'action') actionHits.push(hit);
    else dataHits.push(hit);
  });
  return {
    original,
    norm,
    tokenStart: starts,
    tokenEnd: ends,
    tokenCount: count,
    units,
    unitsFrom: from,
    actionHits,
    dataHits,
    slots,
    contextLists,
    contextCounts,
  };
}

/** The original text of a normalised span, with each gap shown as "…". */
export function displayOf(view: SentenceView, hit: Pick<Hit, 'start' | 'end' | 'gaps'>): string {
  let out = '';
  let at = hit.start;
  for (const [a, b] of hit.gaps) {
    out += `${originalOf(view, at, a)} … `;
    at = b;
  }
  out += originalOf(view, at, hit.end);
  return collapseSpaces(out);
}

/** The original text of normalised units `[a, b)`, trimmed. */
function originalOf(view: SentenceView, a: number, b: number): string {
  const start = originalAt(view.norm, a);
  return view.original.slice(start, b > a ? originalAt(view.norm, b - 1) + 1 : start).trim();
}

/** A character `\s` matches (and `trim` removes): the fold's spaces, and U+FEFF. */
function isJsSpace(c: number): boolean {
  return c === 0xfeff || isSpace(c);
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, without the RegExp when there is nothing to change (nearly always:
 * single spaces between words, none at the ends).
 */
export function collapseSpaces(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i === 0 || i === last || text.charCodeAt(i + 1) === 0x20 : isJsSpace(c))
      return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}

/** How many context hits of one kind the view has (grouped when the view is built: rules ask word by word). */
export function contextCount(view: SentenceView, kind: ContextId): number {
  return view.contextCounts[kind]!;
}

/** The `i`-th context hit of one kind, `i` < {@link contextCount}, in the order of the sentence. */
export function contextAt(view: SentenceView, kind: ContextId, i: number): Hit {
  return view.contextLists[kind]![i]!;
}
