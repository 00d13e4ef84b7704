/**
 * detect() for a caller in another context (the content script asks the background). Page evidence cannot
 * cross as a live `has()`: it goes over as the list of companies the caller would answer "yes" for, and comes
 * back as the companies detect() asked about and was told "no", which the caller notes as its own answers
 * (the content script's scan-evidence.ts rechecks a block whose "no" later turns out wrong).
 */
import { companyById, detect, type CompiledLexicon } from './detect';
import { sentenceFingerprint } from './fingerprint';
import { collapseSpaces } from './sentence-view';
import type { Mention } from './types';

/**
 * A mention with what the caller shows and matches corrections by, worked out here (the content script's
 * thread then only registers it): its sentence with white space collapsed, that sentence's fingerprint, and
 * its script.
 */
export interface RemoteMention {
  mention: Mention;
  sentence: string;
  fingerprint: string;
  lang: 'en' | 'ar';
}

/** What one remote detection returns. */
export interface RemoteDetection {
  found: RemoteMention[];
  /** Companies asked about as page evidence and not in the caller's list (each once, in the order asked). */
  denied: string[];
}

/** Detects in `text` with `known` as the page evidence, and reports the evidence it was denied. */
export function detectWithKnown(
  text: string,
  lexicon: CompiledLexicon,
  known: Iterable<string>,
): RemoteDetection {
  const yes = new Set(known);
  const denied: string[] = [];
  const pageCompanies = {
    has(id: string): boolean {
      if (yes.has(id)) return true;
      if (!denied.includes(id)) denied.push(id);
      return false;
    },
  };
  const found: RemoteMention[] = [];
  let sentence = '';
  let lang: 'en' | 'ar' = 'en';
  let sentenceStart = -1;
  let sentenceEnd = -1;
  for (const mention of detect(text, lexicon, { pageCompanies })) {
    // Mentions of one sentence come together: its text is made once.
    if (mention.sentenceStart !== sentenceStart || mention.sentenceEnd !== sentenceEnd) {
      ({ sentenceStart, sentenceEnd } = mention);
      sentence = collapseSpaces(text.slice(sentenceStart, sentenceEnd));
      lang = ARABIC.test(sentence) ? 'ar' : 'en';
    }
    found.push({ mention, sentence, fingerprint: sentenceFingerprint(mention.companyId, sentence), lang });
  }
  return { found, denied };
}

const ARABIC = /[\u0600-\u06ff]/;

/**
 * What the content script shows of a company: its names and its parent. The content script carries no
 * lexicon (its 25 KB were parsed on every page, to name the few companies a page mentions): each
 * detection answer brings the labels of the companies it found.
 */
export interface CompanyLabel {
  id: string;
  name: string;
  /** The first Arabic spelling, or null when the record has none. */
  nameAr: string | null;
  parent: string | null;
}

/** The labels of the companies `ids` and of their parents (a card names both), each once. */
export function companyLabels(lexicon: CompiledLexicon, ids: Iterable<string>): CompanyLabel[] {
  const out = new Map<string, CompanyLabel>();
  const add = (id: string | null): void => {
    if (id === null || out.has(id)) return;
    const record = companyById(lexicon, id);
    if (!record) return;
    out.set(id, { id, name: record.name, nameAr: record.aliases.ar[0] ?? null, parent: record.parent });
    add(record.parent);
  };
  for (const id of ids) add(id);
  return [...out.values()];
}
