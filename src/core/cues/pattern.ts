import { foldText, unitsToString } from '../fold-text';

/**
 * The pattern language of the cue lexicons, so that they read like the phrases reporters write:
 *
 *   `ask% … to (share|hand over)`   `%` any ending (share, shared…); `…` up to 4 words; `…7` up to 7 words;
 *   `(a|b c)` alternatives (may hold spaces); `?` after a letter or group: optional; `[sz]` one of the
 *   letters; `'` and `-` split words as they do in text ("can't" is the words can + t).
 *   Arabic words accept glued proclitics (و ف ب ك ل ال) and, in action phrases, verb prefixes (ي ت ن ا، س،
 *   dialect ب/ك/ح), unless the word is written with a leading `=`; `+` after an Arabic stem accepts the
 *   usual verb and pronoun suffixes (ت وا ها هم …).
 *
 * Letters are folded exactly as the text is (أ → ا, ة → ه, upper → lower), so patterns use ordinary spelling.
 * A pattern expands to plain word sequences that the phrase index (phrase-index.ts) matches word by word.
 */

/** How a pattern word may end. */
export type WordTail = 'exact' | 'any' | 'suffix';

/** One word of an expanded pattern. */
export interface PatternWord {
  readonly text: string;
  readonly tail: WordTail;
  /** Arabic proclitics may be glued in front. */
  readonly clitics: boolean;
  /** Arabic verb prefixes may be glued in front (after the proclitics). */
  readonly verbs: boolean;
}

/** An expanded pattern: words, with gaps of up to `max` words between some of them. */
export type PatternItem = { readonly word: PatternWord } | { readonly gap: number };

export const DEFAULT_GAP = 4;

/*
 * Why the parsing below jumps with regular expressions and `split` instead of reading character by character:
 * every page compiles the cue tables once, in a cold engine, where a loop over the characters of 23,000
 * characters of patterns runs in the interpreter. Native string scans do the same work at native speed.
 */

function foldChars(s: string): string {
  const f = foldText(s);
  return unitsToString(f.units.subarray(0, f.length));
}

const BRACKETS = /[()[\]]/g;

function closing(text: string, open: number): number {
  let depth = 0;
  BRACKETS.lastIndex = open;
  for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
    depth += m[0] === '(' || m[0] === '[' ? 1 : -1;
    if (depth === 0) return m.index;
  }
  throw new Error(`unbalanced brackets in cue pattern: ${text}`);
}

function alternatives(body: string): string[] {
  if (!body.includes('(')) return body.split('|');
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

/** Characters that make a pattern fragment stand for more than its own text. */
const MARKUP = /[-'?([]/;

/** Every concrete string a pattern fragment stands for (markers `%` `+` `=` kept). */
export function expandText(pattern: string): string[] {
  // Most fragments are plain words (the alternatives of a group): nothing to expand.
  if (!MARKUP.test(pattern)) return [pattern];
  let out = [''];
  let literal = '';
  const append = (options: readonly string[]): void => {
    const prefix = literal;
    literal = '';
    out = out.flatMap((head) => options.map((o) => head + prefix + o));
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const optional = (end: number): boolean => pattern[end + 1] === '?';
    if (ch === '(' || ch === '[') {
      const end = closing(pattern, i);
      const body = pattern.slice(i + 1, end);
      const options = ch === '(' ? alternatives(body).flatMap(expandText) : [...body];
      append(optional(end) ? [...options, ''] : options);
      i = optional(end) ? end + 1 : end;
    } else if (optional(i)) {
      append([ch === "'" || ch === '-' ? ' ' : ch, '']);
      i++;
    } else literal += ch === "'" || ch === '-' ? ' ' : ch; // plain letters collect into one run
  }
  append(['']);
  return out;
}

function isArabic(s: string): boolean {
  return /[\u0600-\u06ff]/.test(s);
}

function toWord(raw: string, exactToken: boolean, verbs: boolean): PatternWord {
  const tail: WordTail = raw.endsWith('%') ? 'any' : raw.endsWith('+') ? 'suffix' : 'exact';
  const text = foldChars(tail === 'exact' ? raw : raw.slice(0, -1));
  const arabic = isArabic(text);
  return { text, tail, clitics: arabic && !exactToken, verbs: arabic && !exactToken && verbs };
}

/** Splits a pattern at spaces outside brackets. */
function topLevelTokens(pattern: string): string[] {
  const text = pattern.trim();
  if (!/[([]/.test(text)) return text.split(' ').filter(Boolean);
  const tokens: string[] = [];
  const breaks = / |[()[\]]/g;
  let depth = 0;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (m[0] !== ' ') depth += m[0] === '(' || m[0] === '[' ? 1 : -1;
    else if (depth === 0) {
      if (m.index > start) tokens.push(text.slice(start, m.index));
      start = m.index + 1;
    }
  }
  if (start < text.length) tokens.push(text.slice(start));
  return tokens;
}

/**
 * The word sequences tokens stand for, by token and `verbs` (see {@link tokenVariants}). One lives as long as
 * one build of the cue tables: tokens recur across the tables ("to", "data", "(share|hand over)"), and a
 * page's first scan expands every pattern in a cold engine.
 */
export type VariantCache = Map<string, readonly (readonly PatternItem[])[]>;

/**
 * The word sequences one token stands for, non-empty ones only, each expanded once per `cache`. The items
 * are shared between phrases (nothing writes to them).
 */
function tokenVariants(
  token: string,
  verbs: boolean,
  cache: VariantCache,
): readonly (readonly PatternItem[])[] {
  const key = (verbs ? 'v' : 'n') + token;
  let variants = cache.get(key);
  if (!variants) {
    const exactToken = token.startsWith('=');
    variants = expandText(exactToken ? token.slice(1) : token)
      .map((text) =>
        text
          .split(/\s+/)
          .filter(Boolean)
          .map((w): PatternItem => ({ word: toWord(w, exactToken, verbs) })),
      )
      .filter((v) => v.length > 0);
    cache.set(key, variants);
  }
  return variants;
}

/**
 * Expands a cue pattern into word sequences. `verbs`: Arabic words may carry verb prefixes (action
 * phrases); noun lexicons leave them out. `cache`: shared by the patterns of one build.
 */
export function expandPattern(
  pattern: string,
  verbs: boolean,
  cache: VariantCache = new Map(),
): PatternItem[][] {
  let sequences: PatternItem[][] = [[]];
  for (const token of topLevelTokens(pattern)) {
    const gap = /^…(\d*)$/.exec(token);
    if (gap) {
      const item: PatternItem = { gap: gap[1] ? Number(gap[1]) : DEFAULT_GAP };
      sequences = sequences.map((s) => s.concat([item]));
      continue;
    }
    const variants = tokenVariants(token, verbs, cache);
    // `concat`, not spreads: it copies natively, and this runs cold (see the note at the top of the file).
    sequences = sequences.flatMap((s) => variants.map((v) => s.concat(v)));
  }
  return sequences.filter((s) => s.length > 0 && 'word' in s[0]!);
}
