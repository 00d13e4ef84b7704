/** A stand-in sentence splitter for tests, used only while src/core/sentences.ts is still a stub. */
import { splitSentences, type SentenceSpan } from '../../../src/core/sentences';

const splitterIsStub = splitSentences('One sentence. Another one.').length < 2;

/**
 * Sentences for `summarize` in tests: undefined (so `splitSentences` is used) once src/core/sentences.ts is
 * real; while it is still the one-span stub, a plain split at . ! ? ؟ and line breaks stands in.
 */
export function testSentences(text: string): SentenceSpan[] | undefined {
  if (!splitterIsStub) return undefined;
  return [...text.matchAll(/[^.!?؟\n]+(?:[.!?؟]+["'”’)\]]*|(?=\n)|$)/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
