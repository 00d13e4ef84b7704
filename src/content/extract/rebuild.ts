/**
 * Rebuilds a document from a page's snapshot (see snapshot.ts), away from the page: in Chromium's offscreen
 * document or Firefox's background page. Nothing is parsed as HTML: elements, attributes and text nodes are
 * created one by one in an inert document (no browsing context: nothing in it loads or runs).
 *
 * The snapshot comes from the page's renderer, which a hostile page may have compromised: every item is
 * checked, and anything malformed ends the rebuild with a {@link SnapshotError} rather than a wrong document.
 */
import { CLOSE } from './snapshot';

/** Deeper elements are flattened into their ancestor at this depth: no article needs more, and a page can. */
export const MAX_DEPTH = 4_000;
const MAX_CHUNK_ITEMS = 4_000_000;
const TAG_NAME = /^[a-z][a-z0-9._-]{0,63}$/;
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_:.-]{0,99}$/i;

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface Rebuilder {
  /** Adds one chunk of the snapshot, in order: its list of items, or that list as JSON. */
  feed(chunk: unknown): void;
  /** The rebuilt document, once every chunk was fed. */
  finish(): Document;
}

/** A rebuilder writing into a fresh inert document made by `implementation`. */
export function createRebuilder(implementation: DOMImplementation): Rebuilder {
  const doc = implementation.createHTMLDocument('');
  const rootElement = doc.documentElement;
  // The document's own head and body go: the snapshot brings the page's.
  rootElement.replaceChildren();
  const stack: Element[] = [];
  let flattened = 0;
  let sawRoot = false;

  function element(tag: unknown): Element {
    if (typeof tag !== 'string') throw new SnapshotError('An element has no tag name.');
    // Names the HTML parser accepts but createElement refuses, or odd custom elements: kept as a neutral span.
    return doc.createElement(TAG_NAME.test(tag) ? tag : 'span');
  }

  function openElement(chunk: unknown[], at: number, count: number): number {
    const tag = chunk[at];
    const isRoot = !sawRoot;
    sawRoot = true;
    const target = isRoot ? rootElement : element(tag);
    let i = at + 1;
    for (let n = 0; n < count; n++, i += 2) {
      const name = chunk[i];
      const value = chunk[i + 1];
      if (typeof name !== 'string' || typeof value !== 'string')
        throw new SnapshotError('An attribute is not a name and a value.');
      if (!ATTRIBUTE_NAME.test(name) || /^on/i.test(name)) continue;
      try {
        target.setAttribute(name, value);
      } catch {
        // A name the DOM refuses: the article does not need it.
      }
    }
    if (!isRoot) {
      if (stack.length >= MAX_DEPTH) {
        flattened++;
        return i;
      }
      const parent = stack[stack.length - 1];
      if (!parent) throw new SnapshotError('An element is outside the document.');
      parent.append(target);
    }
    stack.push(target);
    return i;
  }

  return {
    feed(input) {
      let chunk = input;
      if (typeof input === 'string') {
        try {
          chunk = JSON.parse(input);
        } catch {
          throw new SnapshotError('A snapshot chunk is not JSON.');
        }
      }
      if (!Array.isArray(chunk) || chunk.length > MAX_CHUNK_ITEMS)
        throw new SnapshotError('A snapshot chunk is not a list of bounded size.');
      for (let i = 0; i < chunk.length;) {
        const item: unknown = chunk[i];
        if (typeof item === 'string') {
          const parent = stack[stack.length - 1];
          if (!parent) throw new SnapshotError('Text is outside the document.');
          parent.append(doc.createTextNode(item));
          i++;
        } else if (item === CLOSE) {
          if (flattened > 0) flattened--;
          else if (!stack.pop()) throw new SnapshotError('An element is closed twice.');
          i++;
        } else if (typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 10_000) {
          i = openElement(chunk, i + 1, item);
        } else {
          throw new SnapshotError(`A snapshot item is not text, an element or a close: ${String(item)}.`);
        }
      }
    },
    finish() {
      if (!sawRoot) throw new SnapshotError('The snapshot is empty.');
      return doc;
    },
  };
}
