/**
 * A copy of the page's document as plain data, taken in slices on the page's thread so that saving never holds
 * it for long. Readability then runs on a document rebuilt from this copy, off the page's thread (the
 * background's offscreen document in Chromium, the background page in Firefox; see rebuild.ts): cloning the
 * live document and running Readability on it in the page took hundreds of milliseconds on large pages.
 *
 * The copy is a flat list, cut into chunks of bounded size so that no single message (and no single structured
 * clone on the page's thread) is large:
 * - a string is a text node;
 * - a number n ≥ 0 opens an element: the next item is its tag name, then n attribute name/value pairs;
 * - {@link CLOSE} closes the innermost open element.
 */
import type { ExtractError } from './types';
import { MAX_PAGE_TEXT_CHARS, tooLarge } from './guard';

export type SnapshotItem = string | number;
export const CLOSE = -1;

/**
 * Characters of text and attribute values per chunk. Each chunk is one reply from the page, structured-cloned
 * on the page's thread in one go: at a million characters that alone took ~40 ms here.
 */
export const CHUNK_CHARS = 256_000;
/** Items per chunk: a page of tiny text nodes would otherwise make a chunk of a hundred thousand items. */
export const CHUNK_ITEMS = 40_000;
/** No page has more; past it the page is likely growing as fast as we read it. */
export const MAX_SNAPSHOT_NODES = 3_000_000;
/** Attribute values longer than this are dropped: Readability reads class, id, rel, itemprop, not data blobs. */
const MAX_ATTRIBUTE_CHARS = 2_000;

/**
 * Subtrees that hold no article text, or text that is not the page's (our own UI). JSON-LD scripts are kept:
 * the publication date and author are read from them.
 */
const SKIPPED = new Set(['style', 'noscript', 'template', 'privacy-radar-ui']);
/**
 * Kept as empty elements: their content is no article text, but Readability weighs their presence when it
 * decides whether a block is content or clutter, so dropping them would change what it keeps.
 */
const EMPTIED = new Set(['svg', 'math', 'iframe', 'object', 'canvas']);

export interface Snapshot {
  chunks: SnapshotItem[][];
  /** UTF-16 units of text copied. */
  textChars: number;
  /** The copy stopped early because the page changed under it in a way that left the walk outside it. */
  incomplete: boolean;
}

export interface SnapshotOptions {
  limit?: number;
  sliceMs?: number;
  /** Gives the thread back to the page between slices. */
  yieldToPage: () => Promise<void>;
  now?: () => number;
}

function keep(element: Element): boolean {
  const name = element.localName;
  if (SKIPPED.has(name)) return false;
  if (name === 'script')
    return (element.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
  return true;
}

/**
 * Copies `doc` from its root element down, in slices of at most `sliceMs`. Refuses (without finishing the copy)
 * a page with more text than `limit`, as saving refused it before.
 */
export async function takeSnapshot(
  doc: Document,
  options: SnapshotOptions,
): Promise<{ ok: true; snapshot: Snapshot } | { ok: false; error: ExtractError }> {
  const limit = options.limit ?? MAX_PAGE_TEXT_CHARS;
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const root = doc.documentElement;
  const chunks: SnapshotItem[][] = [];
  let chunk: SnapshotItem[] = [];
  let chunkChars = 0;
  let textChars = 0;
  let nodes = 0;
  let depth = 0;
  let incomplete = false;
  let sliceStart = now();

  const push = (item: SnapshotItem, chars: number) => {
    chunk.push(item);
    chunkChars += chars;
    if (chunkChars >= CHUNK_CHARS || chunk.length >= CHUNK_ITEMS) {
      chunks.push(chunk);
      chunk = [];
      chunkChars = 0;
    }
  };
  const open = (element: Element) => {
    const attributes = element.attributes;
    const pairs: string[] = [];
    let chars = element.localName.length;
    for (let i = 0; i < attributes.length; i++) {
      const attribute = attributes[i]!;
      // Event handlers are never needed to read an article.
      if (attribute.value.length > MAX_ATTRIBUTE_CHARS || attribute.name.startsWith('on')) continue;
      pairs.push(attribute.name, attribute.value);
      chars += attribute.name.length + attribute.value.length;
    }
    chunk.push(pairs.length / 2, element.localName);
    // A loop, not a spread: an element can carry more attributes than a call can take arguments.
    for (const item of pairs) chunk.push(item);
    chunkChars += chars;
    depth++;
  };
  const close = () => {
    push(CLOSE, 0);
    depth--;
  };

  let node: Node | null = root;
  while (node) {
    if (++nodes > MAX_SNAPSHOT_NODES) {
      incomplete = true;
      break;
    }
    if ((nodes & 255) === 0 && now() - sliceStart >= sliceMs) {
      await options.yieldToPage();
      sliceStart = now();
      // The page may have removed the node we stand on meanwhile: the rest of the walk would be outside it.
      if (!root?.contains(node)) {
        incomplete = true;
        break;
      }
    }
    let entered = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      textChars += data.length;
      if (textChars > limit) return { ok: false, error: tooLarge(textChars, limit) };
      // A long text node is copied as several adjacent ones, so that it never makes a chunk large by itself.
      for (let at = 0; at < data.length;) {
        let end = Math.min(at + CHUNK_CHARS, data.length);
        if (end < data.length && isHighSurrogate(data.charCodeAt(end - 1))) end--;
        push(data.slice(at, end), end - at);
        at = end;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE && keep(node as Element)) {
      open(node as Element);
      if (node.firstChild && !EMPTIED.has((node as Element).localName)) entered = true;
      else close();
    }
    if (entered) {
      node = node.firstChild;
      continue;
    }
    // Climb to the next sibling, closing the elements left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node) close();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  while (depth > 0) close();
  if (chunk.length) chunks.push(chunk);
  return { ok: true, snapshot: { chunks, textChars, incomplete } };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
