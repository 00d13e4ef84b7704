import { advance, advancedState } from './automaton';
import { isArabicLetter, isWordUnit } from './char-fold';
import type { FoldedText } from './fold-text';
import type { CompiledLexicon, PatternInfo } from './lexicon';
import {
  ARTICLE_ALIAS_PREFIXES,
  ARTICLE_PREFIXES,
  LATIN_PREFIXES,
  MAX_PREFIX,
  PLAIN_PREFIXES,
} from './proclitics';

/** A matched alias in folded coordinates: `[start, end)`; `prefix` is the length of glued proclitics. */
export interface RawMatch {
  start: number;
  end: number;
  pattern: number;
}

const SPACE = 0x20;

/** Glued Arabic letters in front of `start`, if they form an allowed proclitic chain for this pattern. */
function prefixOk(units: Uint16Array, start: number, info: PatternInfo): boolean {
  let k = start;
  while (k > 0 && isArabicLetter(units[k - 1]!)) {
    k--;
    if (start - k > MAX_PREFIX) return false;
  }
  if (k > 0 && isWordUnit(units[k - 1]!)) return false;
  let prefix = '';
  for (let i = k; i < start; i++) prefix += String.fromCharCode(units[i]!);
  if (!info.arabic) return LATIN_PREFIXES.has(prefix);
  if (info.needsArticle) return ARTICLE_PREFIXES.has(prefix);
  return (info.hasArticle ? ARTICLE_ALIAS_PREFIXES : PLAIN_PREFIXES).has(prefix);
}

function boundaryOk(folded: FoldedText, start: number, end: number, info: PatternInfo): boolean {
  const { units, length } = folded;
  const last = units[end - 1]!;
  if (isWordUnit(last) && end < length && isWordUnit(units[end]!)) return false;
  const before = start > 0 ? units[start - 1]! : SPACE;
  if (info.needsArticle) return isArabicLetter(before) && prefixOk(units, start, info);
  if (!isWordUnit(units[start]!) || !isWordUnit(before)) return true;
  // A letter is glued in front: only Arabic proclitics may be.
  return isArabicLetter(before) && prefixOk(units, start, info);
}

/**
 * All alias occurrences in `folded` that respect word boundaries, leftmost-longest and non-overlapping.
 * One pass of the automaton; candidates are rare, so the boundary checks cost nothing measurable.
 */
export function scanAliases(folded: FoldedText, lexicon: CompiledLexicon): RawMatch[] {
  const { automaton } = lexicon;
  const { terminal, outLink, output, patternLength } = automaton;
  const { units, length } = folded;
  const found: RawMatch[] = [];
  let state = 0;
  // The automaton runs in a call-free loop of its own up to each unit that completes a pattern (rare).
  for (
    let i = advance(automaton, units, 0, length, 0);
    i < length;
    i = advance(automaton, units, i + 1, length, state)
  ) {
    state = advancedState;
    for (let node = output[state]!; node >= 0; node = outLink[node]!) {
      const pattern = terminal[node]!;
      const start = i + 1 - patternLength[pattern]!;
      if (boundaryOk(folded, start, i + 1, lexicon.patterns[pattern]!))
        found.push({ start, end: i + 1, pattern });
    }
  }
  return leftmostLongest(found);
}

function leftmostLongest(found: RawMatch[]): RawMatch[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMatch[] = [];
  let reach = -1;
  for (const m of found) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
