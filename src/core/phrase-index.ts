import { runSteps } from './steps';
import type { PatternItem, PatternWord } from './cues/pattern';
import { ARTICLE_PREFIXES, PLAIN_PREFIXES } from './proclitics';

/**
 * Matches many word patterns against the words of a sentence in one pass: each word looks up the patterns
 * that can start with it (a map lookup, memoised per distinct word), and only those are followed further.
 * This replaced one RegExp per cue, which cost more than everything else in a sentence (measured).
 */
export interface IndexedPhrase<T> {
  readonly items: readonly PatternItem[];
  readonly value: T;
}

export interface PhraseIndex<T> {
  /** First word (exact, or stem of a `+` word) → phrases. */
  readonly exact: ReadonlyMap<string, readonly Entry<T>[]>;
  /** Stem of a first word written with `%` → phrases. */
  readonly stems: ReadonlyMap<string, readonly Entry<T>[]>;
  readonly stemLengths: readonly number[];
  /** The words of the sentences seen so far, each with the phrases it can start. */
  readonly words: WordTable;
  /** Per phrase: the word index before which it may not match again, valid while `busyStamp` is current. */
  readonly busyUntil: Int32Array;
  readonly busyStamp: Int32Array;
  /** The phrases by id. */
  readonly entries: readonly Entry<T>[];
  /**
   * Per phrase id: hashes of the letter pairs in the stems of its words after the first, at
   * `pairList[pairFrom[id], pairFrom[id + 1])`. Every word a pattern word matches contains its stem, so a
   * sentence lacking one of these pairs cannot hold the phrase. (Flat typed arrays: the test runs for every
   * phrase every word may start, and reading it through each phrase's own objects cost cache misses.)
   */
  readonly pairFrom: Int32Array;
  readonly pairList: Int32Array;
  /** Per letter-pair hash: the last sentence holding such a pair. */
  readonly pairStamp: Int32Array;
}

/** A phrase as indexed: a dense id lets per-sentence bookkeeping live in typed arrays instead of a Map. */
interface Entry<T> extends IndexedPhrase<T> {
  readonly id: number;
}

/**
 * Distinct words, interned by their folded units: a sentence's words are looked up straight from the folded
 * text (a hash over the units), so no string is cut per word and the per-word phrase lookup is an array read.
 * Cutting a string per word and hashing it into a Map was the single most expensive line of detect() on Arabic
 * text (measured). Bounded: the table is emptied between sentences once it holds {@link WORD_LIMIT} words.
 */
export interface WordTable {
  /** Open addressing: word id + 1, 0 = empty; the length is a power of two, at most half full. */
  slots: Int32Array;
  /** Per word id: its hash ({@link wordHashStep}) and its units, `pool[poolStart[id], poolStart[id + 1])`. */
  hashes: Int32Array;
  poolStart: Int32Array;
  pool: Uint16Array;
  texts: string[];
  /** The ids of the phrases each word may start, in match order, computed on first sight. */
  starts: (Int32Array | undefined)[];
  /** Sentences matched so far (the busy stamps of {@link PhraseIndex} refer to it). */
  sentence: number;
}

/** Arabic suffixes a `+` word accepts (verb endings and attached pronouns). */
const SUFFIXES = [
  '',
  'ت',
  'تا',
  'وا',
  'ا',
  'ن',
  'ون',
  'ين',
  'ان',
  'نا',
  'ها',
  'هم',
  'هما',
  'كم',
  'ه',
  'ك',
  'ي',
  'تها',
  'تهم',
  'وها',
  'وه',
  'و',
];
const VERB_PREFIXES = [
  'ي',
  'ت',
  'ن',
  'ا',
  'س',
  'سي',
  'ست',
  'سن',
  'ب',
  'بي',
  'بت',
  'بن',
  'ك',
  'كي',
  'كت',
  'كن',
  'ح',
  'حي',
  'حت',
  'حن',
];
const CLITICS = [...new Set([...PLAIN_PREFIXES, ...ARTICLE_PREFIXES])].filter(Boolean);
const WORD_LIMIT = 20_000;
/** The gaps of a match that has none (one shared empty list: nothing writes to gaps). */
export const NO_GAPS: readonly (readonly [number, number])[] = [];
/** Longest glued prefix: four proclitic letters (وبال) and a two-letter verb prefix. */
const MAX_PREFIX_LENGTH = 6;

/** Size of the letter-pair hash (a power of two). */
const PAIR_HASHES = 4096;

/** A hash of two adjacent units; 97 exceeds the span of the Arabic letters, which then never collide. */
function pairHash(a: number, b: number): number {
  return (a * 97 + b) & (PAIR_HASHES - 1);
}

function pairsOf(stem: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < stem.length; i++) out.push(pairHash(stem.charCodeAt(i - 1), stem.charCodeAt(i)));
  return out;
}

/** Builds the index; phrases keep their order (matches come out in that order for each word). */
export function buildPhraseIndex<T>(phrases: readonly IndexedPhrase<T>[]): PhraseIndex<T> {
  return runSteps(buildPhraseIndexSteps(phrases));
}

/** Phrases indexed per step of {@link buildPhraseIndexSteps}. */
const PHRASES_PER_STEP = 64;

/** {@link buildPhraseIndex} in steps (a few phrases each), for a caller on a page's main thread. */
export function* buildPhraseIndexSteps<T>(
  phrases: readonly IndexedPhrase<T>[],
): Generator<void, PhraseIndex<T>, void> {
  const exact = new Map<string, Entry<T>[]>();
  const stems = new Map<string, Entry<T>[]>();
  const entries: Entry<T>[] = [];
  const pairFrom: number[] = [0];
  const pairList: number[] = [];
  // Phrases share their words (a data word ends dozens of them): each word's pairs are computed once.
  const pairsByWord = new Map<string, readonly number[]>();
  for (let n = 0; n < phrases.length; n++) {
    if (n > 0 && n % PHRASES_PER_STEP === 0) yield;
    const phrase = phrases[n]!;
    const first = phrase.items[0];
    if (!first || !('word' in first)) continue;
    const entry: Entry<T> = { items: phrase.items, value: phrase.value, id: entries.length };
    entries.push(entry);
    const from = pairList.length;
    for (let k = 1; k < phrase.items.length; k++) {
      const item = phrase.items[k]!;
      if (!('word' in item)) continue;
      let pairs = pairsByWord.get(item.word.text);
      if (!pairs) pairsByWord.set(item.word.text, (pairs = pairsOf(item.word.text)));
      for (const pair of pairs) if (pairList.indexOf(pair, from) < 0) pairList.push(pair);
    }
    pairFrom.push(pairList.length);
    const map = first.word.tail === 'any' ? stems : exact;
    const list = map.get(first.word.text) ?? [];
    list.push(entry);
    map.set(first.word.text, list);
  }
  const stemLengths = [...new Set([...stems.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return {
    exact,
    stems,
    stemLengths,
    words: emptyWordTable(),
    entries,
    pairFrom: Int32Array.from(pairFrom),
    pairList: Int32Array.from(pairList),
    busyUntil: new Int32Array(entries.length),
    busyStamp: new Int32Array(entries.length).fill(-1),
    pairStamp: new Int32Array(PAIR_HASHES).fill(-1),
  };
}

function emptyWordTable(): WordTable {
  return {
    slots: new Int32Array(1 << 12),
    hashes: new Int32Array(1024),
    poolStart: new Int32Array(1025),
    pool: new Uint16Array(8192),
    texts: [],
    starts: [],
    sentence: 0,
  };
}

/** A word's hash starts from this value, then takes in each folded unit with {@link wordHashStep}. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;

/** One step of FNV-1a: the tokenizer hashes a word while it reads it. */
export function wordHashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

function grownInt32(array: Int32Array, size: number): Int32Array {
  if (array.length >= size) return array;
  const out = new Int32Array(Math.max(size, array.length * 2));
  out.set(array);
  return out;
}

/** Doubles the slot array (keeping it at most half full) and re-inserts every word. */
function growSlots(table: WordTable): void {
  const slots = new Int32Array(table.slots.length * 2);
  const mask = slots.length - 1;
  for (let id = 0; id < table.texts.length; id++) {
    let k = table.hashes[id]! & mask;
    while (slots[k] !== 0) k = (k + 1) & mask;
    slots[k] = id + 1;
  }
  table.slots = slots;
}

/**
 * Starts a sentence: empties the word table first when it has grown past its bound (never in the middle of
 * a sentence, whose words hold ids). Returns the sentence number for the busy stamps.
 */
export function beginSentence<T>(index: PhraseIndex<T>): number {
  const table = index.words;
  if (table.texts.length >= WORD_LIMIT) Object.assign(table, emptyWordTable(), { sentence: table.sentence });
  return ++table.sentence;
}

/**
 * The id of the word `units[start, end)` (folded text) whose hash is `hash`, interning it on first sight.
 * Comparisons read the table's own copy of each word's units (typed arrays, no string access).
 */
export function internWord<T>(
  index: PhraseIndex<T>,
  units: Uint16Array,
  start: number,
  end: number,
  hash: number,
): number {
  const table = index.words;
  const length = end - start;
  const found = findWord(table.slots, table.hashes, table.poolStart, table.pool, units, start, length, hash);
  if (found >= 0) return found;
  const k = -1 - found;
  const id = table.texts.length;
  table.hashes = grownInt32(table.hashes, id + 1);
  table.poolStart = grownInt32(table.poolStart, id + 2);
  const at = table.poolStart[id]!;
  if (table.pool.length < at + length) {
    const pool = new Uint16Array(Math.max(at + length, table.pool.length * 2));
    pool.set(table.pool);
    table.pool = pool;
  }
  let text = '';
  for (let i = 0; i < length; i++) {
    const u = units[start + i]!;
    table.pool[at + i] = u;
    text += String.fromCharCode(u);
  }
  table.poolStart[id + 1] = at + length;
  table.texts.push(text);
  table.starts.push(undefined);
  table.hashes[id] = hash;
  table.slots[k] = id + 1;
  if (table.texts.length * 2 > table.slots.length) growSlots(table);
  return id;
}

/**
 * The id of the word `units[start, start + length)` in the table's arrays, or -1 - the empty slot where it
 * goes. A function of its own without a single call, every array a parameter: inside internWord(), whose
 * insertion path calls out, V8 reloaded and re-checked the arrays at every step of the probe and the compare
 * (callgrind, Arabic bench corpus: the tokenizer with the word lookups inlined, 43.6M → 39.9M per detect).
 */
function findWord(
  slots: Int32Array,
  hashes: Int32Array,
  poolStart: Int32Array,
  pool: Uint16Array,
  units: Uint16Array,
  start: number,
  length: number,
  hash: number,
): number {
  const mask = slots.length - 1;
  let k = hash & mask;
  for (let slot = slots[k]!; slot !== 0; slot = slots[k]!) {
    const id = slot - 1;
    const at = poolStart[id]!;
    if (hashes[id] === hash && poolStart[id + 1]! - at === length) {
      let i = 0;
      while (i < length && pool[at + i] === units[start + i]) i++;
      if (i === length) return id;
    }
    k = (k + 1) & mask;
  }
  return -1 - k;
}

/** The forms of a text word to compare with pattern words: itself, and with Arabic prefixes taken off. */
interface Form {
  readonly text: string;
  readonly clitic: boolean;
  readonly verb: boolean;
}

function formsOf(word: string): Form[] {
  const forms: Form[] = [{ text: word, clitic: false, verb: false }];
  const c = word.charCodeAt(0);
  if (c < 0x0600 || c > 0x06ff) return forms;
  const bases: Form[] = [forms[0]!];
  for (const p of CLITICS)
    if (word.length - p.length >= 2 && word.startsWith(p)) {
      const f = { text: word.slice(p.length), clitic: true, verb: false };
      forms.push(f);
      bases.push(f);
    }
  for (const base of bases)
    for (const v of VERB_PREFIXES)
      if (base.text.length - v.length >= 2 && base.text.startsWith(v))
        forms.push({ text: base.text.slice(v.length), clitic: base.clitic, verb: true });
  return forms;
}

// Every prefix a word may carry before a pattern word: proclitics alone, or proclitics then a verb prefix.
const CLITIC_PREFIXES: ReadonlySet<string> = new Set(['', ...CLITICS]);
const VERB_WORD_PREFIXES: ReadonlySet<string> = new Set(
  [...CLITIC_PREFIXES].flatMap((c) => ['', ...VERB_PREFIXES].map((v) => c + v)),
);

function prefixAllowed(prefix: string, w: PatternWord): boolean {
  if (prefix === '') return true;
  if (w.verbs) return VERB_WORD_PREFIXES.has(prefix);
  return w.clitics && CLITIC_PREFIXES.has(prefix);
}

function tailFits(rest: string, w: PatternWord): boolean {
  return w.tail === 'any' || (w.tail === 'exact' ? rest === '' : SUFFIXES.includes(rest));
}

/**
 * Whether a text word matches a pattern word: the stem must sit in the word after an allowed prefix (none,
 * or Arabic proclitics / verb prefixes when the pattern word takes them) and before an allowed ending.
 */
export function wordMatches(word: string, w: PatternWord): boolean {
  const stem = w.text;
  if (w.tail === 'exact' && !w.clitics) return word === stem;
  if (w.tail === 'any' && !w.clitics) return word.startsWith(stem);
  for (let at = word.indexOf(stem); at >= 0 && at <= MAX_PREFIX_LENGTH; at = word.indexOf(stem, at + 1)) {
    const prefix = word.slice(0, at);
    const rest = word.slice(at + stem.length);
    // The article and an attached pronoun never go together: «الجمعة» (Friday) is not «جمع» + «ه».
    if (rest !== '' && w.tail === 'suffix' && /(ال|لل)$/.test(prefix)) continue;
    if (prefixAllowed(prefix, w) && tailFits(rest, w)) return true;
  }
  return false;
}

function startsOf<T>(index: PhraseIndex<T>, id: number): Int32Array {
  return (index.words.starts[id] ??= Int32Array.from(startsFor(index, index.words.texts[id]!), (e) => e.id));
}

function startsFor<T>(index: PhraseIndex<T>, word: string): readonly Entry<T>[] {
  const out: Entry<T>[] = [];
  const seen = new Set<Entry<T>>();
  const add = (phrase: Entry<T>): void => {
    if (!seen.has(phrase) && wordMatches(word, (phrase.items[0] as { word: PatternWord }).word)) {
      seen.add(phrase);
      out.push(phrase);
    }
  };
  for (const form of formsOf(word)) {
    for (let cut = 0; cut <= 4 && cut < form.text.length; cut++) {
      // Exact first words, and `+` stems with up to four suffix letters cut off.
      for (const phrase of index.exact.get(form.text.slice(0, form.text.length - cut)) ?? []) add(phrase);
    }
    for (const length of index.stemLengths) {
      if (length > form.text.length) break;
      for (const phrase of index.stems.get(form.text.slice(0, length)) ?? []) add(phrase);
    }
  }
  return out;
}

/** Gaps filled in by the phrase being matched (copied out when it matches: most attempts fail). */
const gapScratch: [number, number][] = [];

/** The end (exclusive word index) of items `k…` of `phrase` matched from word `at`, or -1; gaps are filled in. */
function matchRest(
  items: readonly PatternItem[],
  k: number,
  words: readonly string[],
  ids: ArrayLike<number>,
  count: number,
  at: number,
): number {
  if (k === items.length) return at;
  const item = items[k]!;
  if ('gap' in item) {
    for (let skip = 0; skip <= item.gap && at + skip <= count; skip++) {
      const end = matchRest(items, k + 1, words, ids, count, at + skip);
      if (end >= 0) {
        if (skip > 0) gapScratch.unshift([at, at + skip]);
        return end;
      }
    }
    return -1;
  }
  if (at >= count || !wordMatches(words[ids[at]!]!, item.word)) return -1;
  return matchRest(items, k + 1, words, ids, count, at + 1);
}

/**
 * Every phrase occurrence in the sentence `units[from, to)` whose words are `ids[0, count)` (from {@link internWord}, after
 * {@link beginSentence}), handed to `onMatch` in order; a phrase does not match again inside its own previous
 * match. `gaps` is a scratch array, valid only during the call (a caller keeps what it needs: one object per
 * match less, on every sentence).
 */
export function matchPhrases<T>(
  index: PhraseIndex<T>,
  units: Uint16Array,
  from: number,
  to: number,
  ids: ArrayLike<number>,
  count: number,
  sentence: number,
  onMatch: (value: T, t0: number, t1: number, gaps: readonly (readonly [number, number])[]) => void,
): void {
  const words = index.words.texts;
  const { entries, pairFrom, pairList, pairStamp, busyUntil, busyStamp } = index;
  let pairsMarked = false;
  for (let i = 0; i < count; i++) {
    const starts = startsOf(index, ids[i]!);
    for (let s = 0; s < starts.length; s++) {
      const id = starts[s]!;
      // Most phrases a word starts lack a later word (a data word opens a dozen "<data> … <bank>" phrases):
      // the sentence's letter pairs dismiss them without walking the gap word by word.
      const pairsEnd = pairFrom[id + 1]!;
      if (pairFrom[id]! < pairsEnd) {
        if (!pairsMarked) {
          pairsMarked = true;
          for (let k = from + 1; k < to; k++) pairStamp[pairHash(units[k - 1]!, units[k]!)] = sentence;
        }
        let k = pairFrom[id]!;
        while (k < pairsEnd && pairStamp[pairList[k]!] === sentence) k++;
        if (k < pairsEnd) continue;
      }
      const phrase = entries[id]!;
      if (gapScratch.length > 0) gapScratch.length = 0;
      const end = phrase.items.length === 1 ? i + 1 : matchRest(phrase.items, 1, words, ids, count, i + 1);
      if (end < 0 || (busyStamp[id] === sentence && busyUntil[id]! > i)) continue;
      busyStamp[id] = sentence;
      busyUntil[id] = end;
      onMatch(phrase.value, i, end, gapScratch.length > 0 ? gapScratch : NO_GAPS);
    }
  }
}
