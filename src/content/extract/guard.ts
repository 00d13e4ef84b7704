import type { ExtractError } from './types';

/** Largest page we extract from (UTF-16 units of text, ≈ 20 MB). Readability on more can stall the tab. */
export const MAX_PAGE_TEXT_CHARS = 20_000_000;

/**
 * How many units of text `doc` holds, counting no further than `limit`. Sums text-node lengths instead of
 * reading `textContent`, which would build the whole string just to measure it.
 */
export function pageTextLength(doc: Document, limit = MAX_PAGE_TEXT_CHARS): number {
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node && total <= limit; node = walker.nextNode()) {
    total += (node as Text).data.length;
  }
  return total;
}

/** Refuses a page whose text is larger than `limit`, before any costly work is done on it. */
export function guardPageSize(
  doc: Document,
  limit = MAX_PAGE_TEXT_CHARS,
): { ok: true } | { ok: false; error: ExtractError } {
  const chars = pageTextLength(doc, limit);
  return chars <= limit ? { ok: true } : { ok: false, error: tooLarge(chars, limit) };
}

/** The error for a page with `chars` units of text, over `limit`. */
export function tooLarge(chars: number, limit: number): ExtractError {
  return {
    kind: 'too-large',
    chars,
    limit,
    message: `This page holds more than ${limit.toLocaleString('en')} characters of text: too large to save.`,
  };
}
