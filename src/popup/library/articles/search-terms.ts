/**
 * Search terms: the core normaliser (the matcher's own notion of "the same letter": case, Latin and Arabic
 * diacritics, alef forms, ى/ي, ة/ه, Arabic-Indic digits), plus two folds that only search needs.
 */
import { normalize } from '../../../core/normalize';
import { ARTICLE_PREFIXES, MAX_PREFIX } from '../../../core/proclitics';

/**
 * Hamza on a waw or yeh carrier, and a lone hamza, are often left out when typing (مسؤول → مسوول, مسئول;
 * سماء → سما). The matcher keeps them apart (they can change a name), but a search box should not.
 */
const HAMZA = /[ؤئء]/g;
const HAMZA_FOLD: Readonly<Record<string, string>> = { ؤ: 'و', ئ: 'ي', ء: '' };

/** A word in searchable form. */
export function foldTerm(term: string): string {
  return normalize(term).text.replace(HAMZA, (c) => HAMZA_FOLD[c] ?? c);
}

/**
 * The word without an article-carrying proclitic chain (والبيانات، بالبيانات، للبيانات → بيانات), or null.
 * Only chains that end in the article are stripped: a lone و or ب is too often the word's own first letter.
 */
export function stem(folded: string): string | null {
  for (let n = Math.min(MAX_PREFIX, folded.length - 3); n >= 2; n--) {
    if (ARTICLE_PREFIXES.has(folded.slice(0, n))) return folded.slice(n);
  }
  return null;
}

/**
 * Words repeat (a language's few thousand common words make most of any text), and folding is the costliest
 * step of indexing: remembering the answers cut the build over 5,000 articles by a third (bench:search).
 */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string[] | null>();

/** Index side: the folded word and, when it has one, its stem (so "بيانات" finds "والبيانات"). */
export function indexTerms(term: string): string[] | null {
  const known = memo.get(term);
  if (known !== undefined) return known;
  const folded = foldTerm(term);
  const stemmed = folded ? stem(folded) : null;
  const terms = !folded ? null : stemmed ? [folded, stemmed] : [folded];
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(term, terms);
  return terms;
}

/** Query side: the stem when the word has one (every indexed word with that stem carries it), else the word. */
export function queryTerm(term: string): string | null {
  const folded = foldTerm(term);
  if (!folded) return null;
  return stem(folded) ?? folded;
}
