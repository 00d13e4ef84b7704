/**
 * The order of one scan's work: the blocks from the visible one outwards (visible-order.ts), found where the
 * reader looks (viewport.ts) once the walk gets there, then the blocks to annotate again for exact page
 * evidence (scan-evidence.ts).
 */
import type { ScanEvidence } from './scan-evidence';
import type { TextBlock, TextWalker } from './text-index';
import { blockAt, endsBefore } from './viewport';
import { OutwardCursor } from './visible-order';

/**
 * The block indices of one scan, in the order to annotate them: from the visible block outwards (or in
 * document order), then the blocks to annotate again (see {@link ScanEvidence}). `visibleNode`: where the reader
 * looks (null: document order). `locate` is called as the walk goes on; `next` returns null when nothing is
 * ready now, and `finished` says when all is done.
 */
export function scanOrder(
  found: readonly TextBlock[],
  walker: TextWalker,
  evidence: ScanEvidence,
  visibleNode: (() => Node | null) | null,
) {
  // Until the walk passes the visible node, there is nothing to start from: annotation waits (the walker
  // takes whole slices meanwhile). Without one (nothing hit, or not asked for), document order.
  let anchor = visibleNode ? visibleNode() : null;
  let cursor = anchor ? undefined : new OutwardCursor(0);
  let rechecks: Generator<number, void, void> | undefined;
  let finished = false;
  return {
    /** Starts from where the reader now looks, once the walk gets there. */
    relocate() {
      if (visibleNode && !rechecks) anchor = visibleNode() ?? anchor;
    },
    /** Places the centre once the walk (`ready` blocks so far; `walked`: all) has passed the visible node. */
    locate(ready: number, walked: boolean) {
      if (!anchor) return;
      const ordered = Math.min(ready, walker.firstRootBlocks ?? ready);
      const passed =
        walked ||
        walker.firstRootBlocks !== undefined ||
        (ready > 0 && !endsBefore(found[ready - 1]!, anchor));
      if (!passed) return;
      const visible = Math.min(blockAt(found, ordered, anchor), Math.max(0, ordered - 1));
      if (cursor) cursor.recentre(visible);
      else cursor = new OutwardCursor(visible);
      anchor = null;
    },
    /**
     * The next block to annotate (`again`: annotated before, to annotate afresh), or null for now. `settled`:
     * whether every block given so far has its results noted in the evidence. The blocks to annotate again are
     * given only then, one at a time: which ones they are, and the evidence of each, depends on all before.
     */
    next(ready: number, walked: boolean, settled = true): { index: number; again: boolean } | null {
      if (!cursor || finished) return null;
      if (!rechecks) {
        const index = cursor.next(ready, walked);
        if (index !== null) return { index, again: false };
        if (!cursor.done() || !settled) return null;
        rechecks = evidence.rechecks();
      }
      if (!settled) return null;
      const step = rechecks.next();
      if (step.done) {
        finished = true;
        return null;
      }
      return { index: step.value, again: true };
    },
    finished: () => finished,
  };
}
