/**
 * Injected by the background (scripting.executeScript) only when the user saves a page. It copies the page's
 * document as plain data in short slices (snapshot.ts) and hands the copy over one chunk per call, so neither
 * the copy nor any single reply holds the page's thread for long. The article is extracted from the copy off
 * the page's thread (see src/background/article-parser.ts). It runs in the extension's isolated world and leaves
 * one object there for the background's next calls.
 */
import { canonicalUrl } from '../core/canonical-url';
import { takeSnapshot, type SnapshotItem } from './extract/snapshot';
import type { ExtractError } from './extract/types';
import { urlError } from './extract/url-error';
import { yieldToPage } from './scheduler';

/** What `start` answers: the page's address and selection, and how many chunks `take` will hand over. */
export type SnapshotStart =
  | { ok: true; url: string; selection: string | undefined; chunks: number; incomplete: boolean }
  | { ok: false; error: ExtractError };

let pending: SnapshotItem[][] = [];

async function start(): Promise<SnapshotStart> {
  const url = document.URL;
  const checked = canonicalUrl(url);
  if (!checked.ok) return { ok: false, error: urlError(checked.error) };
  // Read before the copy's first pause: the user may click elsewhere meanwhile.
  const selection = globalThis.getSelection?.()?.toString() || undefined;
  const taken = await takeSnapshot(document, { yieldToPage });
  if (!taken.ok) return taken;
  pending = taken.snapshot.chunks;
  return { ok: true, url, selection, chunks: pending.length, incomplete: taken.snapshot.incomplete };
}

/**
 * Hands over chunk `index` as JSON and lets it go: the copy is not kept in the page's world once read. One
 * string, because the reply is structured-cloned on the page's thread, and cloning an array of tens of
 * thousands of small strings took tens of milliseconds where stringifying it takes a few.
 */
function take(index: number): string | null {
  const chunk = pending[index];
  if (chunk) pending[index] = [];
  if (index >= pending.length - 1) pending = [];
  return chunk ? JSON.stringify(chunk) : null;
}

(globalThis as unknown as { privacyRadarSnapshot: unknown }).privacyRadarSnapshot = { start, take };
