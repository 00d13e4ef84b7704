/** A half-open range `[start, end)` of one sentence in the original text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Splits `text` into sentences (stub: whole text until the real implementation lands). */
export function splitSentences(text: string): SentenceSpan[] {
  return text.length === 0 ? [] : [{ start: 0, end: text.length }];
}
