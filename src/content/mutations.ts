/**
 * Follows dynamic pages: infinite scroll, SPA navigation, edited text. Mutations are batched per animation
 * frame; only the blocks that changed are re-indexed. A very large batch schedules one coarse rescan instead.
 *
 * Observing has a price the page pays in its own DOM edits: with a subtree observer on the document, Chromium
 * builds a record for every insertion and removal and registers a transient observer on every removed node
 * (measured: inserting and removing 2,000 elements takes 2× as long; the highlights and their ranges cost
 * nothing measurable there). A page that churns thousands of nodes a frame (virtual lists, rebuilt tables) is
 * therefore left alone for a while after such a storm: the observer is disconnected, reconnected after a pause
 * that doubles while the storms go on, and the whole page is rescanned then.
 */
import type { Annotator } from './annotator';
import type { TextBlock } from './text-index';
import { blockOf, isInline, isInsideSkipped, UI_HOST_TAG } from './text-index';
import { whenVisible } from './scheduler';

const COARSE_RESCAN_NODES = 1_000;
/** Records in one frame past which the page is churning: stop observing for a while. */
const STORM_RECORDS = 2_000;
/** The first pause after a storm; doubled for each storm that follows within {@link STORM_MEMORY_MS}. */
const STORM_PAUSE_MS = 1_000;
const STORM_PAUSE_MAX_MS = 30_000;
const STORM_MEMORY_MS = 10_000;
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchMutations(
  root: Element,
  annotator: Annotator,
  signal: AbortSignal,
  onChanged: () => Promise<void>,
): () => void {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let running = Promise.resolve();
  // Storms: the pending reconnect, the current pause, and when the observer was last reconnected.
  let resume: ReturnType<typeof setTimeout> | undefined;
  let pauseMs = STORM_PAUSE_MS;
  let reconnectedAt = -Infinity;

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (pending.length > STORM_RECORDS && resume === undefined) stopForStorm();
    if (!scheduled && pending.length > 0) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const batch = pending;
        pending = [];
        running = running.then(() => processBatch(batch));
      });
    }
  });
  observer.observe(root, OPTIONS);

  /**
   * Stops observing until the pause is over. The storm's records are dropped: a page still churning would
   * only make them stale, and one coarse rescan after the pause covers them and whatever changed unobserved.
   */
  function stopForStorm() {
    observer.disconnect();
    pending = [];
    const again = performance.now() - reconnectedAt < STORM_MEMORY_MS;
    pauseMs = again ? Math.min(pauseMs * 2, STORM_PAUSE_MAX_MS) : STORM_PAUSE_MS;
    resume = setTimeout(() => {
      void whenVisible().then(() => {
        resume = undefined;
        if (signal.aborted) return;
        observer.observe(root, OPTIONS);
        reconnectedAt = performance.now();
        running = running.then(() => processBatch([], true));
      });
    }, pauseMs);
  }

  async function processBatch(records: MutationRecord[], forceCoarse = false) {
    if (signal.aborted) return;
    await whenVisible();
    // Deep: new block-level subtrees, read whole. Shallow: blocks whose own text changed, re-read alone.
    const deep = new Set<Element>();
    const shallow = new Set<Element>();
    let added = 0;
    let removed = false;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target) continue;
      if (record.type === 'characterData') {
        shallow.add(blockOf(target, root));
        continue;
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        if ([...record.removedNodes].some(isInlineContent)) shallow.add(blockOf(target, root));
      }
      added += record.addedNodes.length;
      for (const node of record.addedNodes) {
        if (isInlineContent(node)) shallow.add(blockOf(target, root));
        else if (node.nodeType === 1) deep.add(node as Element);
      }
    }
    if (deep.size === 0 && shallow.size === 0 && !removed && !forceCoarse) return;
    const coarse = forceCoarse || added > COARSE_RESCAN_NODES;
    const deepScopes = coarse ? [root] : outermost(usable(deep));
    const deepSet = new Set(deepScopes);
    const shallowScopes = coarse ? [] : [...usable(shallow)].filter((el) => !insideAny(el, deepSet));
    // Drop what is gone or about to be re-indexed, then index the changed parts again. Per annotated block,
    // one walk up its ancestors (not a `contains` per block and scope: a feed batch has 100 scopes).
    await annotator.pause();
    const shallowSet = new Set(shallowScopes);
    const stale: TextBlock[] = [];
    for (const block of annotator.blocks()) {
      // Nothing leaves the document without a removal record (a coarse rescan may follow unobserved changes).
      const gone =
        (removed || coarse) && (!block.element.isConnected || block.nodes.some((n) => !n.isConnected));
      if (gone || shallowSet.has(block.element) || insideAny(block.element, deepSet)) stale.push(block);
    }
    annotator.drop(stale);
    // One walk for all new subtrees, one for all changed blocks.
    // A coarse rescan reads the whole page again: where the reader looks first.
    if (deepScopes.length > 0 && !signal.aborted)
      await annotator.scan(coarse ? root : deepScopes, signal, { visibleFirst: coarse });
    if (shallowScopes.length > 0 && !signal.aborted)
      await annotator.scan(shallowScopes, signal, { shallow: true });
    if (signal.aborted) return;
    await onChanged();
  }

  return () => {
    clearTimeout(resume);
    observer.disconnect();
  };
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(UI_HOST_TAG.toLowerCase()) != null;
}

/** Text and inline elements flow into their parent's block; anything else is a block of its own. */
function isInlineContent(node: Node): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element));
}

/** The elements still in the document and outside subtrees the index never reads. */
function usable(set: Set<Element>): Set<Element> {
  return new Set([...set].filter((el) => el.isConnected && !isInsideSkipped(el)));
}

/** Whether `el` or one of its ancestors (in its own tree) is in `set`. */
function insideAny(el: Element, set: ReadonlySet<Element>): boolean {
  if (set.size === 0) return false;
  for (let current: Element | null = el; current; current = current.parentElement) {
    if (set.has(current)) return true;
  }
  return false;
}

/** The elements of `set` that no other element of `set` contains. */
function outermost(set: Set<Element>): Element[] {
  return [...set].filter((el) => !el.parentElement || !insideAny(el.parentElement, set));
}
