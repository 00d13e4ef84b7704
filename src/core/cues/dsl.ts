import { foldText } from '../fold-text';

/**
 * A tiny pattern language for cue phrases, so that the lexicons read like the phrases reporters write:
 *
 *   `ask% … to (share|hand over)`   `%` any letters (share, shared…); `…` up to 4 words; `…7` up to 7 words;
 *   `(a|b c)` alternatives (may hold spaces); `?` optional; `[ab]` a class; `'` matches ' or ’.
 *   Arabic words accept glued proclitics (و ف ب ك ل ال) and verb prefixes (ي ت ن ا، س، dialect ب/ك/ح)
 *   unless the word starts with `=`; `+` after an Arabic stem accepts the common verb/pronoun suffixes.
 *
 * Patterns are written with ordinary spelling: letters are folded exactly as the text is (أ → ا, ة → ه, …).
 */
export interface CompiledCue {
  /** Folded literals one of which every match contains (none: always run): a sentence without any of them
   * skips the RegExp entirely. */
  readonly keys: readonly string[];
  /** The pattern has `…` gaps (whose extent the evidence shows). */
  readonly hasGaps: boolean;
  /** A global RegExp for finding matches (built on first use: most cues are never needed on a page). */
  search(): RegExp;
  /** A sticky RegExp with indices, to read the gaps of a match found by {@link search}. */
  sticky(): RegExp;
}

// Letters and digits of normalised text, as explicit ranges: \p{L} classes made every cue RegExp about 4×
// slower in V8 (measured on Arabic text). Normalised text has no upper case and no Latin diacritics; Arabic
// punctuation (، ؛ ؟ ٪ ۔) is left out on purpose.
const LETTERS =
  '0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u024f\\u0300-\\u036f\\u0370-\\u052f\\u0590-\\u05ff\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff';
const WORD = `[${LETTERS}]`;
const SEP = `[^${LETTERS}]+`;
const PROCLITIC = '(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)';
const VERB_PREFIX = '(?:[يتنا]|[سبكح][يتنا]?)?';
const AR_SUFFIX = '(?:ت|تا|وا|ا|ن|ون|ين|ان|نا|ها|هم|هما|كم|ه|ك|ي|تها|تهم|وها|وه|و)?';

function foldChar(ch: string): string {
  const f = foldText(ch);
  let out = '';
  for (let i = 0; i < f.length; i++) out += String.fromCharCode(f.units[i]!);
  return out;
}

function isArabic(ch: string): boolean {
  const u = ch.charCodeAt(0);
  return u >= 0x0600 && u <= 0x06ff;
}

function splitTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern.trim()) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

/** A word's RegExp; `boundary` (first word only) also asserts the start of a word before any proclitic. */
function wordToRegex(token: string, boundary: boolean): string {
  const exact = token.startsWith('=');
  const body = exact ? token.slice(1) : token;
  const firstLetter = [...body].find((ch) => /\p{L}/u.test(ch)) ?? '';
  let out = '';
  let inClass = false;
  for (const ch of body) {
    if (ch === '[') inClass = true;
    if (ch === ']') inClass = false;
    if (ch === '%') out += `${WORD}*`;
    else if (ch === '+') out += AR_SUFFIX;
    else if (ch === '(') out += '(?:';
    else if (ch === ')' || ch === '|' || ch === '?' || ch === '[' || ch === ']') out += ch;
    else if (ch === ' ') out += SEP;
    else if (ch === "'") out += inClass ? "'’" : "['’]";
    else if (ch === '-') out += inClass ? '\\-' : '[-\\s]?';
    else if (/\p{L}|\p{N}/u.test(ch)) out += foldChar(ch);
    else out += /[\\^$.*+?(){}[\]|/]/.test(ch) ? `\\${ch}` : ch;
  }
  const clitics = isArabic(firstLetter) && !exact;
  return (boundary ? `(?<!${WORD})` : '') + (clitics ? PROCLITIC + VERB_PREFIX + out : out);
}

/** Index of the bracket closing the one opened at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    if (text[i] === ')' || text[i] === ']') depth--;
    if (depth === 0) return i;
  }
  return text.length - 1;
}

/** Top-level alternatives of a group body ("a|b(c|d)" → ["a", "b(c|d)"]). */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** The literal letters every match of `source` starts with, one string per way of starting. */
function leads(source: string): string[] {
  let literal = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '(') {
      const end = closing(source, i);
      if (source[end + 1] === '?') return [literal];
      return alternatives(source.slice(i + 1, end)).flatMap((alt) => leads(alt).map((l) => literal + l));
    }
    if (!/\p{L}|\p{N}/u.test(ch) || source[i + 1] === '?') return [literal];
    literal += foldChar(ch);
  }
  return [literal];
}

/**
 * Pre-filter keys: literals one of which every match must contain, taken from the most selective word of
 * the pattern (the one whose shortest key is longest). Empty when no word gives keys of two letters or more.
 */
function literalKeys(tokens: readonly string[]): string[] {
  let best: string[] = [];
  let bestScore = 1;
  for (const token of tokens) {
    const keys = [...new Set(leads(token.replace(/^=/, '')))];
    const score = Math.min(...keys.map((k) => k.length));
    if (score > bestScore) {
      best = keys;
      bestScore = score;
    }
  }
  return best;
}

/** Compiles one cue pattern (see the module comment for the syntax). */
export function compileCue(pattern: string): CompiledCue {
  const tokens = splitTokens(pattern);
  let body = '';
  let pendingGap = -1;
  let first = true;
  for (const token of tokens) {
    const gap = /^…(\d*)$/.exec(token);
    if (gap) {
      pendingGap = gap[1] ? Number(gap[1]) : 4;
      continue;
    }
    if (!first) body += pendingGap >= 0 ? `((?:${SEP}${WORD}+){0,${pendingGap}}?)${SEP}` : SEP;
    body += wordToRegex(token, first);
    pendingGap = -1;
    first = false;
  }
  const open = !pattern.trimEnd().endsWith('%') && !pattern.trimEnd().endsWith('+');
  const source = `${body}${open ? `(?!${WORD})` : ''}`;
  // The `d` flag (match indices) sends V8 down a slower path, so it is only used to re-read a match.
  let search: RegExp | null = null;
  let sticky: RegExp | null = null;
  return {
    keys: literalKeys(tokens.filter((t) => !t.startsWith('…'))),
    hasGaps: tokens.some((t) => t.startsWith('…')),
    search: () => (search ??= new RegExp(source, 'gu')),
    sticky: () => (sticky ??= new RegExp(source, 'dyu')),
  };
}
