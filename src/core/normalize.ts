import { foldText, unitsToString } from './fold-text';

/** Text in matching form plus, for each of its UTF-16 units, the index of the original unit it came from. */
export interface Normalized {
  /** NFKC + case-folded, Latin diacritics and Arabic tashkeel/tatweel removed, Arabic letters unified. */
  text: string;
  /** `map[i]` is the original index of normalised unit `i`; `map[text.length]` is the original length. */
  map: Uint32Array;
}

/**
 * Normalises `text` the way the matcher sees it: NFKC, case folding, Latin diacritics removed; Arabic alef
 * forms → ا, ى → ي, ة → ه, tashkeel and tatweel removed, Arabic-Indic digits → ASCII; zero-width, bidi
 * controls and soft hyphens dropped; every run of white space (NBSP included) becomes one space.
 */
export function normalize(text: string): Normalized {
  const folded = foldText(text);
  const map = new Uint32Array(folded.length + 1);
  map.set(folded.origin.subarray(0, folded.length));
  map[folded.length] = text.length;
  return { text: unitsToString(folded.units.subarray(0, folded.length)), map };
}
