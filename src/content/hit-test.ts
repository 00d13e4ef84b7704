/**
 * Which highlighted mention is under the pointer. Through our own index, not `highlightsFromPoint`
 * (~37 ms a call at 5,600 ranges here): the caret position gives a text node, the node's few mentions are
 * the candidates, and only those candidates' client rects are measured.
 */
import type { Annotation } from './annotator';

export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    // Without `shadowRoots`, the caret stops at a shadow host instead of entering its tree.
    const position = withPosition.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The client rects of a static range (a live Range for the measurement only, dropped at once). */
export function rectsOf(range: AbstractRange, doc: Document = document): DOMRect[] {
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return [...live.getClientRects()];
  } catch {
    return []; // the nodes moved since the range was made
  } finally {
    live.detach();
  }
}

const SLOP = 2;
const FEW = 16;
const NEAR = 512;

export function hitTest(
  candidatesOf: (node: Text) => readonly Annotation[],
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
  doc: Document = document,
): Annotation | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  const candidates = candidatesOf(node);
  // One huge text node can hold thousands of mentions: measure only those near the caret. "Near" is generous,
  // because in mixed-direction text the caret's offset at a point can be a whole directional run away from
  // the word drawn there.
  const filter = candidates.length > FEW;
  for (const a of candidates) {
    if (!a.highlighted) continue;
    const { startContainer, startOffset, endContainer, endOffset } = a.range;
    if (
      filter &&
      startContainer === node &&
      endContainer === node &&
      (caret.offset < startOffset - NEAR || caret.offset > endOffset + NEAR)
    ) {
      continue;
    }
    const inside = rectsOf(a.range, doc).some(
      (r) => x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP,
    );
    if (inside) return a;
  }
  return null;
}
