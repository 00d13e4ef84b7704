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
  readonly re: RegExp;
  /** A folded literal every match contains ('' when none): lets a sentence skip the RegExp entirely. */
  readonly key: string;
}

const WORD = '[\\p{L}\\p{N}\\p{M}]';
const SEP = '[\\s\\p{P}\\p{S}]+';
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

function wordToRegex(token: string): string {
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
  return isArabic(firstLetter) && !exact ? PROCLITIC + VERB_PREFIX + out : out;
}

/** The token with every bracketed group (and anything made optional) blanked out. */
function outsideGroups(token: string): string {
  let depth = 0;
  let out = '';
  for (const ch of token) {
    if (ch === '(' || ch === '[') depth++;
    out += depth > 0 ? ' ' : ch;
    if (ch === ')' || ch === ']') depth--;
  }
  return out.replace(/.\?/gu, ' ');
}

/** The longest plain folded letter run outside groups and optional marks: a cheap pre-filter key. */
function literalKey(tokens: readonly string[]): string {
  let best = '';
  for (const token of tokens)
    for (const run of outsideGroups(token).split(/[^\p{L}]+/u)) {
      const folded = [...run].map(foldChar).join('');
      if (folded.length > best.length) best = folded;
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
    body += wordToRegex(token);
    pendingGap = -1;
    first = false;
  }
  const open = !pattern.trimEnd().endsWith('%') && !pattern.trimEnd().endsWith('+');
  const source = `(?<!${WORD})${body}${open ? `(?!${WORD})` : ''}`;
  return { re: new RegExp(source, 'gud'), key: literalKey(tokens.filter((t) => !t.startsWith('…'))) };
}
