/** Helpers that read what the extension did to a page, from the page's main world. */
import type { Page as PwPage } from 'playwright-core';

/**
 * A comparator of ranges by where they start, in document order, for the main world. A highlight iterates in
 * the order its ranges were added, and the extension adds the visible ones first: tests read them in document
 * order.
 */
export const BY_DOCUMENT_ORDER = `((a, b) => a.startContainer === b.startContainer
  ? a.startOffset - b.startOffset
  : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)`;

/** The ranges registered under each of our highlight names, as text in document order, read from the main world. */
export const READ_HIGHLIGHTS = `(() => {
  const out = {};
  for (const name of ['privacy-radar-data', 'privacy-radar-plain', 'privacy-radar-focus']) {
    const h = CSS.highlights.get(name);
    out[name] = h ? [...h].sort(${BY_DOCUMENT_ORDER}).map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }) : null;
  }
  return out;
})()`;

export type HighlightTexts = Record<
  'privacy-radar-data' | 'privacy-radar-plain' | 'privacy-radar-focus',
  string[] | null
>;

/** Waits until `check` holds for the page's highlights, and returns them. */
export async function waitForHighlights(
  page: PwPage,
  check: (h: HighlightTexts) => boolean,
  timeoutMs = 20_000,
): Promise<HighlightTexts> {
  const until = Date.now() + timeoutMs;
  let last: HighlightTexts | undefined;
  while (Date.now() < until) {
    last = (await page.evaluate(READ_HIGHLIGHTS)) as HighlightTexts;
    if (check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`highlights never matched; last seen: ${JSON.stringify(last)}`);
}

/** Waits until the highlights have not changed for `quietMs` (a long page is annotated in slices). */
export async function waitForStableHighlights(
  page: PwPage,
  quietMs = 700,
  timeoutMs = 20_000,
): Promise<HighlightTexts> {
  const until = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  let value: HighlightTexts | undefined;
  while (Date.now() < until) {
    value = (await page.evaluate(READ_HIGHLIGHTS)) as HighlightTexts;
    const key = JSON.stringify(value);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return value;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`highlights never settled; last seen: ${last}`);
}

/**
 * From the main world: scrolls the first data highlight registered (not in document order: a range re-annotated
 * after a page change goes to the end, and hovering one that churns would be flaky) to the middle of the
 * viewport and returns a point on it (null when there is none, or nothing visible). An expression, so it runs
 * the same under Playwright and puppeteer; it throws on pages that break the main world's DOM methods — callers
 * catch that.
 */
export const FIRST_DATA_POINT = `(() => {
  const r = [...(CSS.highlights.get('privacy-radar-data') ?? [])][0];
  if (!r) return null;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const first = range.getClientRects()[0];
  if (first) window.scrollBy(0, first.top - innerHeight / 2);
  const rect = range.getClientRects()[0];
  return rect && rect.width > 0 ? { x: rect.left + 2, y: rect.top + rect.height / 2 } : null;
})()`;
