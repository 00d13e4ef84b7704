/**
 * Arabic proclitics that may be written glued to a name: the conjunctions و ف, the prepositions ب ك ل and
 * the article ال, in that order (وبال، فلل، كال…). ل + ال is written لل. Nothing else may be glued on.
 */
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];

function combine(withArticle: boolean): Set<string> {
  const out = new Set<string>();
  for (const c of CONJUNCTIONS)
    for (const p of PREPOSITIONS) {
      if (!withArticle) out.add(c + p);
      else out.add(p === 'ل' ? c + 'لل' : c + p + 'ال');
    }
  return out;
}

/** Prefixes allowed before a name written without the article. */
export const PLAIN_PREFIXES: ReadonlySet<string> = new Set([...combine(false), ...combine(true)]);
/** Prefixes allowed before a name written with ال (الفيسبوك): ل is excluded, since ل + ال is written لل. */
export const ARTICLE_ALIAS_PREFIXES: ReadonlySet<string> = new Set(
  [...combine(false)].filter((p) => !p.endsWith('ل')),
);
/** Prefixes that carry the article (needed by a name recorded with ال and matched without it). */
export const ARTICLE_PREFIXES: ReadonlySet<string> = combine(true);
/** Prefixes allowed before a Latin-script name inside Arabic text (وGoogle، بـFacebook). */
export const LATIN_PREFIXES: ReadonlySet<string> = combine(false);

/** Longest proclitic chain we accept (وبال / فلل …), in letters. */
export const MAX_PREFIX = 4;
