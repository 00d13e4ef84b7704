/**
 * Folding of single UTF-16 code units into matching form: the one definition of "the same letter" shared by the
 * normaliser, the alias matcher and the cue compiler, so that all three always agree.
 *
 * Each code unit folds to nothing (dropped), to one unit (the common case) or to a short string (ligatures,
 * NFKC expansions). Results are computed on first sight and cached in a 64K table, so a page pays only for the
 * characters it actually contains and no call pays a setup cost.
 */

/** The unit is removed (zero-width, bidi control, tashkeel, tatweel, soft hyphen, combining mark). */
export const FOLD_DROP = -1;
/** The unit folds to more than one unit: look it up with {@link foldMulti}. */
export const FOLD_MULTI = -2;
const UNKNOWN = -3;

const table = new Int32Array(0x10000).fill(UNKNOWN);
const multi = new Map<number, string>();
// ASCII is known from the start (the fold loop reads the table directly: see FOLD_TABLE).
for (let c = 0; c < 0x80; c++)
  table[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? 0x20 : c;

/**
 * The fold of each code unit seen so far, as {@link foldUnit} returns it, or a negative value: dropped,
 * multiple units, or not computed yet (surrogates are never entered). A loop over text reads it first and
 * calls {@link foldUnit} only for a negative entry — one array read per character in the common case.
 */
export const FOLD_TABLE: Readonly<Int32Array> = table;

/** Arabic letters folded beyond NFKC: alef forms, alef maqsura, taa marbuta, Persian/Urdu look-alikes. */
const ARABIC_FOLDS: Readonly<Record<number, number>> = {
  0x0622: 0x0627, // آ
  0x0623: 0x0627, // أ
  0x0625: 0x0627, // إ
  0x0671: 0x0627, // ٱ
  0x0649: 0x064a, // ى → ي
  0x0629: 0x0647, // ة → ه
  0x06cc: 0x064a, // Farsi yeh
  0x06a9: 0x0643, // keheh → kaf
  0x06a4: 0x0641, // veh (used for V in Gulf spellings) → feh
};

function isDropped(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2060 && c <= 0x2064) || // word joiner, invisible operators
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff ||
    c === 0x00ad || // soft hyphen
    c === 0x061c || // Arabic letter mark
    c === 0x0640 || // tatweel
    (c >= 0x064b && c <= 0x065f) || // tashkeel
    c === 0x0670 || // superscript alef
    (c >= 0x0300 && c <= 0x036f) // Latin combining diacritics
  );
}

/**
 * White space the fold turns into a plain space: what `\s` matches, except U+FEFF (a zero-width no-break
 * space, which the fold drops like the other zero-width characters).
 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Folds one already-NFKC'd, diacritic-free code unit: Arabic unification, Arabic-Indic digits. */
function foldArabic(c: number): number {
  const mapped = ARABIC_FOLDS[c];
  if (mapped !== undefined) return mapped;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  return c;
}

function compute(c: number): number {
  if (isDropped(c)) return FOLD_DROP;
  if (isSpace(c)) return 0x20;
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogates are handled by the caller, never folded here
  if (c >= 0x0600 && c <= 0x06ff) return foldArabic(c);
  // Presentation forms (ligatures such as ﻻ) expand under NFKC; everything else goes through NFKD so that
  // Latin diacritics fall away as separate marks. Lower-casing can itself produce marks (İ → i + U+0307).
  const isArabicForm = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
  const expanded = isArabicForm
    ? String.fromCharCode(c).normalize('NFKC')
    : String.fromCharCode(c).normalize('NFKD').toLowerCase().normalize('NFKD');
  let folded = '';
  for (let i = 0; i < expanded.length; i++) {
    const u = expanded.charCodeAt(i);
    if (isDropped(u)) continue;
    folded += String.fromCharCode(isSpace(u) ? 0x20 : foldArabic(u));
  }
  if (folded.length === 0) return FOLD_DROP;
  if (folded.length === 1) return folded.charCodeAt(0);
  multi.set(c, folded);
  return FOLD_MULTI;
}

/** Folds one code unit: a unit, {@link FOLD_DROP} or {@link FOLD_MULTI}. */
export function foldUnit(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return 0x20;
    return c;
  }
  const cached = table[c]!;
  if (cached !== UNKNOWN) return cached;
  const result = compute(c);
  // Surrogates stay out of the table: FOLD_TABLE readers take a positive entry as the whole fold.
  if (c < 0xd800 || c > 0xdfff) table[c] = result;
  return result;
}

/** The expansion of a unit for which {@link foldUnit} returned {@link FOLD_MULTI}. */
export function foldMulti(c: number): string {
  return multi.get(c) ?? '';
}

const astral = new Map<number, string>();

/** Folds an astral code point (a valid surrogate pair), e.g. mathematical alphanumerics → ASCII. */
export function foldAstral(codePoint: number): string {
  let folded = astral.get(codePoint);
  if (folded === undefined) {
    const s = String.fromCodePoint(codePoint).normalize('NFKD').toLowerCase();
    folded = '';
    for (let i = 0; i < s.length; i++) if (!isDropped(s.charCodeAt(i))) folded += s[i];
    astral.set(codePoint, folded);
  }
  return folded;
}

/** True for a folded unit that is a letter or digit (Latin, Arabic, or any other script's letters). */
export function isWordUnit(u: number): boolean {
  if (u < 0x80) return (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a);
  return wordTable(u);
}

const wordCache = new Int8Array(0x10000);
const LETTER = /[\p{L}\p{N}\p{M}]/u;

function wordTable(u: number): boolean {
  const v = wordCache[u]!;
  if (v !== 0) return v > 0;
  // An astral character left after folding is an emoji or a rare script: treat it as a separator, like punctuation.
  const isWord = u >= 0xd800 && u <= 0xdfff ? false : LETTER.test(String.fromCharCode(u));
  wordCache[u] = isWord ? 1 : -1;
  return isWord;
}

/** True for a folded Arabic letter (U+0620–U+064A and the extended letters). */
export function isArabicLetter(u: number): boolean {
  return (u >= 0x0620 && u <= 0x064a) || (u >= 0x066e && u <= 0x06d3) || u === 0x06d5;
}
