/**
 * Follows dynamic pages: infinite scroll, SPA navigation, edited text. Mutations are batched per animation
 * frame; only the blocks that changed are re-indexed. A very large batch schedules one coarse rescan instead.
 */
import type { Annotator } from './annotator';
import type { TextBlock } from './text-index';
import { blockOf, isInsideSkipped, UI_HOST_TAG } from './text-index';
import { whenVisible } from './scheduler';

const COARSE_RESCAN_NODES = 1_000;

export function watchMutations(
  root: Element,
  annotator: Annotator,
  signal: AbortSignal,
  onChanged: () => Promise<void>,
): () => void {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let running = Promise.resolve();

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const batch = pending;
        pending = [];
        running = running.then(() => processBatch(batch));
      });
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  async function processBatch(records: MutationRecord[]) {
    if (signal.aborted) return;
    await whenVisible();
    const roots = new Set<Element>();
    let added = 0;
    let removed = false;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) roots.add(parent);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      added += record.addedNodes.length;
      if (record.addedNodes.length > 0 && record.target.nodeType === 1) roots.add(record.target as Element);
    }
    if (roots.size === 0 && !removed) return;
    // A change inside an inline run affects its whole block: rescan from the block-level ancestor.
    const scopes = added > COARSE_RESCAN_NODES ? [root] : outermost(blockScopes(roots, root));
    // Drop what is gone or about to be re-indexed, then index the changed subtrees again.
    const stale: TextBlock[] = [];
    for (const block of annotator.blocks()) {
      const gone = !block.element.isConnected || block.nodes.some((n) => !n.isConnected);
      if (gone || scopes.some((scope) => scope.contains(block.element))) stale.push(block);
    }
    annotator.drop(stale);
    for (const scope of scopes) {
      if (signal.aborted) return;
      await annotator.scan(scope, signal);
    }
    await onChanged();
  }

  return () => observer.disconnect();
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(UI_HOST_TAG.toLowerCase()) != null;
}

/** The block-level elements that hold the changed nodes, leaving out those inside skipped subtrees. */
function blockScopes(roots: Set<Element>, top: Element): Set<Element> {
  const scopes = new Set<Element>();
  for (const el of roots) {
    if (!el.isConnected || isInsideSkipped(el)) continue;
    scopes.add(blockOf(el, top));
  }
  return scopes;
}

/** The elements of `set` that no other element of `set` contains. */
function outermost(set: Set<Element>): Element[] {
  const list = [...set];
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}
