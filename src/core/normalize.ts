/** Text in matching form plus, for each of its UTF-16 units, the index of the original unit it came from. */
export interface Normalized {
  text: string;
  map: Uint32Array;
}

/** Normalises `text` for matching (stub: identity until the real implementation lands). */
export function normalize(text: string): Normalized {
  const map = new Uint32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}
