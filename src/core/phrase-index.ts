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

/** A phrase found in a sentence: word span `[t0, t1)` and the word spans of its gaps. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly t0: number;
  readonly t1: number;
  readonly gaps: readonly (readonly [number, number])[];
}

export interface PhraseIndex<T> {
  /** First word (exact, or stem of a `+` word) → phrases. */
  readonly exact: ReadonlyMap<string, readonly IndexedPhrase<T>[]>;
  /** Stem of a first word written with `%` → phrases. */
  readonly stems: ReadonlyMap<string, readonly IndexedPhrase<T>[]>;
  readonly stemLengths: readonly number[];
  readonly memo: Map<string, readonly Start<T>[]>;
}

interface Start<T> {
  readonly phrase: IndexedPhrase<T>;
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
const MEMO_LIMIT = 20_000;
/** Longest glued prefix: four proclitic letters (وبال) and a two-letter verb prefix. */
const MAX_PREFIX_LENGTH = 6;

/** Builds the index; phrases keep their order (matches come out in that order for each word). */
export function buildPhraseIndex<T>(phrases: readonly IndexedPhrase<T>[]): PhraseIndex<T> {
  const exact = new Map<string, IndexedPhrase<T>[]>();
  const stems = new Map<string, IndexedPhrase<T>[]>();
  for (const phrase of phrases) {
    const first = phrase.items[0];
    if (!first || !('word' in first)) continue;
    const map = first.word.tail === 'any' ? stems : exact;
    const list = map.get(first.word.text) ?? [];
    list.push(phrase);
    map.set(first.word.text, list);
  }
  const stemLengths = [...new Set([...stems.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { exact, stems, stemLengths, memo: new Map() };
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

function startsFor<T>(index: PhraseIndex<T>, word: string): readonly Start<T>[] {
  const cached = index.memo.get(word);
  if (cached) return cached;
  const out: Start<T>[] = [];
  const seen = new Set<IndexedPhrase<T>>();
  const add = (phrase: IndexedPhrase<T>): void => {
    if (!seen.has(phrase) && wordMatches(word, (phrase.items[0] as { word: PatternWord }).word)) {
      seen.add(phrase);
      out.push({ phrase });
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
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(word, out);
  return out;
}

/** The end (exclusive word index) of `items[k…]` matched from word `at`, or -1; gaps are filled in. */
function matchRest(
  items: readonly PatternItem[],
  k: number,
  words: readonly string[],
  at: number,
  gaps: [number, number][],
): number {
  if (k === items.length) return at;
  const item = items[k]!;
  if ('gap' in item) {
    for (let skip = 0; skip <= item.gap && at + skip <= words.length; skip++) {
      const end = matchRest(items, k + 1, words, at + skip, gaps);
      if (end >= 0) {
        if (skip > 0) gaps.unshift([at, at + skip]);
        return end;
      }
    }
    return -1;
  }
  if (at >= words.length || !wordMatches(words[at]!, item.word)) return -1;
  return matchRest(items, k + 1, words, at + 1, gaps);
}

/** Every phrase occurrence in `words` (a phrase does not match again inside its own previous match). */
export function matchPhrases<T>(index: PhraseIndex<T>, words: readonly string[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  let busyUntil: Map<IndexedPhrase<T>, number> | null = null;
  for (let i = 0; i < words.length; i++)
    for (const { phrase } of startsFor(index, words[i]!)) {
      const gaps: [number, number][] = [];
      const end = phrase.items.length === 1 ? i + 1 : matchRest(phrase.items, 1, words, i + 1, gaps);
      if (end < 0 || (busyUntil?.get(phrase) ?? 0) > i) continue;
      (busyUntil ??= new Map()).set(phrase, end);
      out.push({ value: phrase.value, t0: i, t1: end, gaps });
    }
  return out;
}
