/**
 * Where the reader is looking, in document order, found cheaply: three hit tests down the middle of the
 * viewport, then a binary search over the blocks (which a walk yields in document order). No layout query per
 * block: `getBoundingClientRect` over a 200,000-node page would force layout for every one of them.
 */
import { caretAt } from './hit-test';
import type { TextBlock } from './text-index';

// Node.DOCUMENT_POSITION_FOLLOWING, as a literal: this module also loads where `Node` is not defined (tests).
const FOLLOWING = 4;
const POINTS = [0.25, 0.5, 0.75];

/**
 * The node under the middle of the viewport: of the hits at a quarter, half and three quarters of its height,
 * the middle one in document order, so that one fixed header or overlay over a point does not move it. Null
 * when nothing is hit (an empty or hidden frame).
 */
export function visibleAnchor(doc: Document = document): Node | null {
  const view = doc.defaultView;
  if (!view) return null;
  const hits: Node[] = [];
  for (const share of POINTS) {
    const caret = caretAt(doc, view.innerWidth / 2, view.innerHeight * share);
    if (!caret) continue;
    // Between elements (a margin), the caret is (parent, child index): the child there is the position.
    const node = caret.node.nodeType === 3 ? caret.node : (caret.node.childNodes[caret.offset] ?? caret.node);
    hits.push(node);
  }
  hits.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return hits[hits.length >> 1] ?? null;
}

/** Whether all of `block`'s text comes before `anchor` in document order. */
export function endsBefore(block: TextBlock, anchor: Node): boolean {
  const last = block.nodes[block.nodes.length - 1];
  return last !== undefined && last !== anchor && (last.compareDocumentPosition(anchor) & FOLLOWING) !== 0;
}

/**
 * The first of `blocks[0, count)` that does not end before `anchor` (`count` if none): the visible block.
 * The blocks must be in document order; a block whose nodes left the document meanwhile only skews the result
 * (the order of work), never what is annotated.
 */
export function blockAt(blocks: readonly TextBlock[], count: number, anchor: Node): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endsBefore(blocks[mid]!, anchor)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
