/**
 * detect() for a caller in another context (the content script asks the background). Page evidence cannot
 * cross as a live `has()`: it goes over as the list of companies the caller would answer "yes" for, and comes
 * back as the companies detect() asked about and was told "no", which the caller notes as its own answers
 * (the content script's scan-evidence.ts rechecks a block whose "no" later turns out wrong).
 */
import { detect, type CompiledLexicon } from './detect';
import type { Mention } from './types';

/** What one remote detection returns. */
export interface RemoteDetection {
  mentions: Mention[];
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
  return { mentions: detect(text, lexicon, { pageCompanies }), denied };
}
