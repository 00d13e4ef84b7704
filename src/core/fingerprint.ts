/**
 * A short, stable fingerprint of a mention's sentence, so that a user's correction ("not a data request")
 * applies wherever the same sentence appears again, whatever its markup or spacing.
 */
export function sentenceFingerprint(companyId: string, sentence: string): string {
  const folded = sentence.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 500);
  // FNV-1a, 32 bits, twice with different seeds: collisions among one user's corrections are negligible.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 13);
  }
  return `${companyId}|${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
