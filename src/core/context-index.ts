import { CONTEXT_CUES, type ContextKind } from './cues/context';
import { foldText } from './fold-text';
import { PLAIN_PREFIXES } from './proclitics';

/**
 * The context word lists (cues/context.ts) compiled into a table of words and short phrases, looked up once
 * per word of a sentence. They are plain vocabulary — negators, prepositions, "company", «شركة» — so a map
 * lookup replaces some thirty RegExp scans per sentence (measured: the largest cost of a sentence view).
 *
 * The pattern syntax is the cue language's subset: `(a|b)` alternatives, `?` after a letter or group,
 * `%` at the end of a single word (any ending), a leading `=` on Arabic words (no proclitics allowed).
 */
export interface ContextPhrase {
  readonly kind: ContextKind;
  /** Words after the first. */
  readonly rest: readonly string[];
  /** Arabic proclitics (و ف ب ك ل ال…) may be glued to the first word. */
  readonly clitics: boolean;
}

export interface ContextIndex {
  readonly exact: ReadonlyMap<string, readonly ContextPhrase[]>;
  /** Stems of single words written with `%`. */
  readonly stems: ReadonlyMap<string, readonly ContextPhrase[]>;
  readonly stemLengths: readonly number[];
}

/** Every concrete string a pattern stands for (`%` kept as a marker). */
function expand(pattern: string): string[] {
  let out = [''];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    let options: string[];
    if (ch === '(') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '(') depth++;
        if (pattern[j] === ')' && --depth === 0) break;
      }
      options = splitAlternatives(pattern.slice(i + 1, j)).flatMap(expand);
      i = j;
    } else options = [ch === '-' || ch === "'" ? ' ' : ch];
    if (pattern[i + 1] === '?') {
      options = [...options, ''];
      i++;
    }
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
  }
  return out;
}

function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function foldWord(word: string): string {
  // `+` (Arabic suffixes) reads as "any ending" here: context words are looked up, not parsed.
  const f = foldText(word.replace(/\+$/, '%'));
  let out = '';
  for (let i = 0; i < f.length; i++) out += String.fromCharCode(f.units[i]!);
  return out;
}

let index: ContextIndex | null = null;

/** The context table, built on first use. */
export function contextIndex(): ContextIndex {
  if (index) return index;
  const exact = new Map<string, ContextPhrase[]>();
  const stems = new Map<string, ContextPhrase[]>();
  const add = (map: Map<string, ContextPhrase[]>, key: string, phrase: ContextPhrase): void => {
    const list = map.get(key) ?? [];
    if (!list.some((p) => p.kind === phrase.kind && p.rest.join(' ') === phrase.rest.join(' ')))
      list.push(phrase);
    map.set(key, list);
  };
  for (const [kind, patterns] of Object.entries(CONTEXT_CUES) as [ContextKind, readonly string[]][])
    for (const pattern of patterns) {
      const clitics = !pattern.startsWith('=');
      for (const phrase of expand(pattern.replace(/^=/, ''))) {
        const words = phrase.split(/\s+/).filter(Boolean).map(foldWord);
        const [first, ...rest] = words;
        if (!first) continue;
        if (first.endsWith('%') && rest.length === 0) add(stems, first.slice(0, -1), { kind, rest, clitics });
        else add(exact, first, { kind, rest, clitics });
      }
    }
  index = { exact, stems, stemLengths: [...new Set([...stems.keys()].map((k) => k.length))] };
  return index;
}

const PREFIXES = [...PLAIN_PREFIXES].filter(Boolean).sort((a, b) => b.length - a.length);

const NONE: readonly ContextPhrase[] = [];
// Words repeat endlessly across a page: remember each word's phrases (bounded, cleared when full).
const memo = new Map<string, readonly ContextPhrase[]>();
const MEMO_LIMIT = 20_000;

/** The context phrases that may start at a word (with the word's Arabic proclitics stripped when allowed). */
export function phrasesAt(word: string): readonly ContextPhrase[] {
  let phrases = memo.get(word);
  if (phrases === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    phrases = lookupPhrases(word);
    memo.set(word, phrases.length > 0 ? phrases : NONE);
  }
  return phrases;
}

function lookupPhrases(word: string): ContextPhrase[] {
  const { exact, stems, stemLengths } = contextIndex();
  const out: ContextPhrase[] = [];
  const lookup = (w: string, viaClitic: boolean): void => {
    for (const phrase of exact.get(w) ?? []) if (!viaClitic || phrase.clitics) out.push(phrase);
    for (const length of stemLengths)
      if (length <= w.length)
        for (const phrase of stems.get(w.slice(0, length)) ?? [])
          if (!viaClitic || phrase.clitics) out.push(phrase);
  };
  lookup(word, false);
  const c = word.charCodeAt(0);
  if (c >= 0x0600 && c <= 0x06ff)
    for (const prefix of PREFIXES)
      if (word.startsWith(prefix) && word.length - prefix.length >= 2)
        lookup(word.slice(prefix.length), true);
  return out;
}
