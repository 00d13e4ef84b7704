/**
 * The language of a text: the page's declared `lang` when it is a real language tag, else a guess from the
 * scripts its letters are written in. Only what the extension acts on needs to be right: Arabic, English, and
 * "something else" (which is summarised by position only).
 */

/** `'ar'`, `'en'`, another primary language subtag (`'es'`, `'ja'`…), or `'und'` when it cannot be told. */
export type LanguageCode = 'ar' | 'en' | 'und' | (string & {});

// Letters in these ranges decide the script. Ranges are UTF-16 code units; the letters outside the BMP are
// rare enough in news text to be ignored.
const SCRIPTS: readonly { lang: LanguageCode; ranges: readonly (readonly [number, number])[] }[] = [
  {
    lang: 'ar',
    ranges: [
      [0x0620, 0x064a],
      [0x066e, 0x06d3],
      [0x0750, 0x077f],
      [0x08a0, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfefc],
    ],
  },
  {
    lang: 'latin',
    ranges: [
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xc0, 0x24f],
    ],
  },
  // Scripts written (almost) only for one language: their script names the language.
  { lang: 'he', ranges: [[0x05d0, 0x05ea]] },
  { lang: 'el', ranges: [[0x0370, 0x03ff]] },
  { lang: 'th', ranges: [[0x0e00, 0x0e7f]] },
  { lang: 'hy', ranges: [[0x0531, 0x058f]] },
  { lang: 'ka', ranges: [[0x10a0, 0x10ff]] },
  { lang: 'ko', ranges: [[0xac00, 0xd7af]] },
  { lang: 'ja', ranges: [[0x3040, 0x30ff]] },
  { lang: 'zh', ranges: [[0x4e00, 0x9fff]] },
  // Shared by many languages: counted so that they are not mistaken for Latin text, but named 'und'.
  { lang: 'und', ranges: [[0x0400, 0x04ff]] },
  { lang: 'und', ranges: [[0x0900, 0x0dff]] },
];

// Enough letters to tell the script of any article; more would only cost time on a 2 MB text.
const SAMPLE_CHARS = 20_000;

// Words that make up a large share of any English prose and are rare in other Latin-script languages.
const ENGLISH_MARKERS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'that',
  'it',
  'for',
  'with',
  'was',
  'this',
  'are',
  'have',
  'has',
  'be',
  'by',
  'from',
  'which',
  'you',
  'they',
  'not',
]);

/** The primary subtag of a valid BCP 47 tag (`'en-US'` → `'en'`), or null for missing, invalid or `und`. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const trimmed = tag?.trim() ?? '';
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(trimmed)) return null;
  const primary = trimmed.slice(0, trimmed.search(/[-_]|$/)).toLowerCase();
  // `und`, `mul`, `zxx` and `mis` are valid tags that name no language.
  return ['und', 'mul', 'zxx', 'mis'].includes(primary) ? null : primary;
}

function scriptOf(code: number): LanguageCode | null {
  for (const script of SCRIPTS) {
    for (const [from, to] of script.ranges) if (code >= from && code <= to) return script.lang;
  }
  return null;
}

function countScripts(text: string): Map<LanguageCode, number> {
  const counts = new Map<LanguageCode, number>();
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Spaces, digits and punctuation say nothing about the script: skip the table for them.
    if (code < 0x41) continue;
    const lang = scriptOf(code);
    if (lang !== null) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return counts;
}

/** Latin-script text is called English when English function words are a fair share of its words. */
function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  if (words.length === 0) return false;
  const hits = words.filter((word) => ENGLISH_MARKERS.has(word)).length;
  // Measured on the fixture pages: English articles 0.20–0.25; the Spanish one 0.
  return hits / words.length >= 0.08;
}

/**
 * The language of `text`. A valid declared tag (the page's `<html lang>`) wins; otherwise the script with
 * the most letters decides, Latin script counting as English only when it reads as English.
 */
export function detectLanguage(text: string, declaredLang?: string | null): LanguageCode {
  const declared = primaryLanguage(declaredLang);
  if (declared !== null) return declared;
  let best: LanguageCode | null = null;
  let bestCount = 0;
  const counts = countScripts(text);
  for (const [lang, count] of counts) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  if (best === null) return 'und';
  if (best === 'latin') return looksEnglish(text) ? 'en' : 'und';
  // Japanese mixes kanji with kana; Chinese has no kana at all.
  if (best === 'zh' && (counts.get('ja') ?? 0) * 10 >= bestCount) return 'ja';
  return best;
}
