/**
 * Runs detection over the page's text blocks and keeps the highlights in step with it. Owns: which blocks are
 * annotated, their mentions and ranges. Work is sliced (see scheduler.ts). Detection itself runs elsewhere
 * (`detect`: the background, off the page's thread): here the text is cut into windows and sent, many windows
 * a request, and the answers are registered in order as they come. A first scan or a coarse rescan
 * annotates the blocks where the reader is looking first and spreads out from there (visible-order.ts,
 * viewport.ts), following the reader when they scroll; the results are those of document order
 * (scan-evidence.ts), and mentions are numbered and reported in document order.
 */
import type { Mention, RemoteDetection, RemoteMention } from '../core';
import type { PageConfig } from '../shared/messages';
import {
  MAX_DETECT_CHARS,
  MAX_DETECT_TEXT,
  MAX_DETECT_WINDOWS,
  type DetectWindow,
  type PageMention,
} from '../shared/schemas';
import { staticRangeFor } from './dom-range';
import type { Highlighter } from './highlighter';
import { ScanEvidence } from './scan-evidence';
import { SLICE_MS, Slice, yieldToPage } from './scheduler';
import { hasVisibleText, TextWalker, type TextBlock } from './text-index';
import { scanOrder } from './scan-order';
import { visibleAnchor } from './viewport';

/**
 * At most this many highlights on a page: past it, the page's own DOM edits slow down measurably. The ones kept
 * are the first the scans reach: with visible blocks first, those nearest to where the reader was looking while
 * the page was read (then what later changes add, while there is room).
 */
export const MAX_HIGHLIGHTS = 2_000;
/** At most this many highlights in one text node (see `perNode`). */
export const MAX_HIGHLIGHTS_PER_NODE = 50;

/** One annotated mention: what it is, where it is. */
export interface Annotation {
  id: number;
  mention: Mention;
  block: TextBlock;
  range: StaticRange;
  sentence: string;
  /** The sentence's fingerprint (core/fingerprint.ts), computed once: corrections are matched by it. */
  fingerprint: string;
  lang: 'en' | 'ar';
  highlighted: boolean;
}

const SOURCE_BREAKS = /[\n\r\t\f]/g;

/**
 * Detection runs over windows of a block's text of about this many characters, cut after a sentence end or a
 * space, so that one 5 MB text node is many small units of work instead of one long task.
 */
const WINDOW_CHARS = MAX_DETECT_TEXT;

/** Where the window starting at `from`, of at most `size` characters, ends. */
export function windowEnd(text: string, from: number, size: number = WINDOW_CHARS): number {
  if (text.length - from <= size) return text.length;
  const limit = from + size;
  const floor = from + size / 2;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    // . ! ? ؟ newline
    if (c === 46 || c === 33 || c === 63 || c === 0x61f || c === 10) return i;
  }
  for (let i = limit; i > floor; i--) if (text.charCodeAt(i - 1) === 32) return i;
  return limit;
}

/** The text nodes of a block that `[start, end)` touches. */
function nodesOf(block: TextBlock, start: number, end: number): Text[] {
  const out: Text[] = [];
  for (let i = 0; i < block.nodes.length; i++) {
    const nodeStart = block.starts[i]!;
    const nodeEnd = nodeStart + block.nodes[i]!.length;
    if (nodeEnd > start && nodeStart < end) out.push(block.nodes[i]!);
  }
  return out;
}

/**
 * Detects in windows of text, each with `known` as its page evidence (see core/detect-remote.ts); one result
 * per window, in order. The content script asks the background; tests detect in place.
 */
export type WindowDetector = (windows: DetectWindow[]) => Promise<RemoteDetection[]>;

/**
 * Windows sent for detection in one request, at most: a round trip to the background took 5–7 ms here, and
 * a page's paragraph is a window of its own (a 1 MB article is 1,000 of them).
 */
const BATCH_WINDOWS = MAX_DETECT_WINDOWS;
/** Characters sent for detection in one request, at most (its answer should not keep the highlights waiting). */
const BATCH_CHARS = MAX_DETECT_CHARS;

/**
 * A window of a block, cut and sent for detection with the page evidence as it stood then (`known`), queued
 * until its answer is registered, in cut order (`result`: the answer; null when the request failed).
 */
interface Cut {
  index: number;
  block: TextBlock;
  from: number;
  to: number;
  text: string;
  known: string[];
  /** Evidence.begin was called for it (a window asked again keeps its block begun). */
  begun: boolean;
  result?: RemoteDetection | null;
}

export interface AnnotatorOptions {
  detect: WindowDetector;
  highlighter: Highlighter;
  config: PageConfig;
  /** A company's parent company id, if any. */
  parentOf?: (companyId: string) => string | undefined;
  now?: () => number;
  /** Where the reader is looking, in document order (default: {@link visibleAnchor}; tests pass their own). */
  visibleNode?: (doc: Document) => Node | null;
}

/** How {@link Annotator.scan} reads. */
export interface ScanOptions {
  /** Only each root's own block (see {@link TextWalker}). */
  shallow?: boolean;
  /** Annotate the blocks in and near the viewport first, and follow the reader's scrolling. */
  visibleFirst?: boolean;
}

export function createAnnotator(options: AnnotatorOptions) {
  const { highlighter } = options;
  let config = options.config;
  let reported: Set<string> | undefined;
  const now = options.now ?? (() => performance.now());
  const visibleNode = options.visibleNode ?? visibleAnchor;
  const byBlock = new Map<TextBlock, Annotation[]>();
  // Text node → the annotations whose range touches it: the hover card's hit-test candidates.
  const byNode = new Map<Text, Annotation[]>();
  const pageCompanies = new Set<string>();
  let nextId = 0;
  const stats = { busyMs: 0, maxSliceMs: 0, slices: 0 };
  // One slice shared by every scan in flight and by pause() (see Slice).
  const slice = new Slice({ now, yieldToPage });
  // Blocks dropped while their window's answer was awaited: the answer is for text no longer tracked.
  const dropped = new WeakSet<TextBlock>();
  const shadowRoots = new Set<ShadowRoot>();
  let highlightCount = 0;
  // Highlights per text node: the browser repaints every highlight of a text node on each frame that touches
  // it, so thousands in one node (a megabytes-long text node) cost over 100 ms a frame here.
  const perNode = new Map<Text, number>();

  function shouldHighlight(a: Annotation): boolean {
    if (config.mode === 'off' || highlightCount >= MAX_HIGHLIGHTS) return false;
    if (config.mutedCompanies.includes(a.mention.companyId)) return false;
    if (a.mention.kind === 'data') {
      return !config.corrections.includes(a.fingerprint);
    }
    return config.mode === 'all' && hasReporting(a.mention.companyId);
  }

  /** Whether a company (or its parent) has related reporting; unknown lists count every company. */
  function hasReporting(companyId: string): boolean {
    if (!config.reportedCompanies) return true;
    reported ??= new Set(config.reportedCompanies);
    const parent = options.parentOf?.(companyId);
    return reported.has(companyId) || (parent !== undefined && reported.has(parent));
  }

  function kindOf(a: Annotation): 'data' | 'plain' {
    const corrected = config.corrections.includes(a.fingerprint);
    return a.mention.kind === 'data' && !corrected ? 'data' : 'plain';
  }

  function show(a: Annotation) {
    if (a.highlighted || !shouldHighlight(a)) return;
    const node = a.range.startContainer as Text;
    const inNode = perNode.get(node) ?? 0;
    if (inNode >= MAX_HIGHLIGHTS_PER_NODE) return;
    perNode.set(node, inNode + 1);
    highlighter.add(kindOf(a), a.range);
    a.highlighted = true;
    highlightCount++;
  }

  function hide(a: Annotation) {
    if (!a.highlighted) return;
    const node = a.range.startContainer as Text;
    perNode.set(node, (perNode.get(node) ?? 1) - 1);
    highlighter.remove(a.range);
    a.highlighted = false;
    highlightCount--;
  }

  /** The text detection reads for `block.text[from, to)`. */
  function windowText(block: TextBlock, from: number, to: number): string {
    const raw = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    // Line breaks in a page's source are white space on screen (BR and blocks already separate the text):
    // one-for-one spaces keep every offset, and keep the detector from ending a sentence at a wrapped line.
    return raw.replace(SOURCE_BREAKS, ' ');
  }

  /** Registers the mentions detected in the window of `block` at `from`; returns whether there were any. */
  function register(
    block: TextBlock,
    from: number,
    mentions: readonly RemoteMention[],
    evidence: ScanEvidence,
  ): boolean {
    if (mentions.length === 0) return false;
    const annotations = byBlock.get(block) ?? [];
    for (const { mention: found, sentence, fingerprint, lang } of mentions) {
      const mention =
        from === 0
          ? found
          : {
              ...found,
              start: found.start + from,
              end: found.end + from,
              sentenceStart: found.sentenceStart + from,
              sentenceEnd: found.sentenceEnd + from,
            };
      const range = staticRangeFor(block, mention.start, mention.end);
      if (!range) continue;
      const a: Annotation = {
        id: nextId++,
        mention,
        block,
        range,
        sentence,
        fingerprint,
        lang,
        highlighted: false,
      };
      annotations.push(a);
      for (const node of nodesOf(block, mention.start, mention.end)) {
        const list = byNode.get(node);
        if (list) list.push(a);
        else byNode.set(node, [a]);
      }
      pageCompanies.add(mention.companyId);
      evidence.found(mention.companyId);
      show(a);
    }
    byBlock.set(block, annotations);
    return true;
  }

  function drop(blocks: Iterable<TextBlock>) {
    for (const block of blocks) {
      dropped.add(block);
      for (const a of byBlock.get(block) ?? []) hide(a);
      for (const node of block.nodes) byNode.delete(node);
      byBlock.delete(block);
    }
  }

  /** Numbers the annotations of `blocks` (in document order) afresh: the popup lists mentions by id. */
  function renumber(blocks: Iterable<TextBlock>) {
    for (const block of blocks) for (const a of byBlock.get(block) ?? []) a.id = nextId++;
  }

  return {
    /**
     * Indexes and annotates everything under `root` (or each of several roots), in slices; resolves when done
     * or when `signal` aborts.
     */
    async scan(
      root: Element | ShadowRoot | readonly (Element | ShadowRoot)[],
      signal: AbortSignal,
      scanOptions: ScanOptions = {},
    ): Promise<void> {
      const walker = new TextWalker(root, scanOptions.shallow);
      const found: TextBlock[] = [];
      // Companies named by earlier scans count everywhere; this scan's own, by document order.
      const evidence = new ScanEvidence(new Set(pageCompanies));
      const doc = scanOptions.visibleFirst && !Array.isArray(root) ? (root as Element).ownerDocument : null;
      const order = scanOrder(found, walker, evidence, doc ? () => visibleNode(doc) : null);
      // The reader scrolls while the page is read: spread out from where they look now.
      let scrolled = false;
      const listening = new AbortController();
      doc?.addEventListener('scroll', () => (scrolled = true), {
        capture: true,
        passive: true,
        signal: AbortSignal.any([signal, listening.signal]),
      });
      const annotated = new Set<number>();
      let done = false;
      // The next window to cut.
      let window: { index: number; block: TextBlock; from: number } | undefined;
      // Cut windows, in order, until their results are registered (those that ask first wait for the answer).
      const queue: Cut[] = [];
      /** Registers the first cut of the queue; false if it must wait (or is asked again, added to `batch`). */
      const registerFirst = (batch: Cut[]): boolean => {
        const cut = queue[0]!;
        if (cut.result === undefined) return false;
        if (!cut.begun) evidence.begin(cut.index);
        cut.begun = true;
        const result = cut.result;
        if (result && !dropped.has(cut.block)) {
          // Answered with the evidence as it was when the window was cut: if a company it was told "no" for
          // has been named since (by a window before it in the same request), it is asked again, alone.
          if (result.denied.some((id) => evidence.confirms(id))) {
            cut.known = evidence.knownAt(cut.index);
            delete cut.result;
            batch.push(cut);
            return false;
          }
          evidence.deny(result.denied);
          if (register(cut.block, cut.from, result.found, evidence)) annotated.add(cut.index);
        }
        queue.shift();
        return true;
      };
      try {
        while (!signal.aborted) {
          if (slice.over()) {
            await slice.pause();
            if (signal.aborted) return;
          }
          if (scrolled) {
            scrolled = false;
            order.relocate();
          }
          const sliceStart = now();
          const deadline = slice.deadline;
          // Walk at most half a slice, so that annotation advances in every slice.
          if (!done) done = walker.step(found, Math.min(deadline, sliceStart + SLICE_MS / 2), now);
          // The walker may have cut its last block mid-way: annotate only blocks it has finished.
          const ready = done ? found.length : found.length - 1;
          order.locate(ready, done);
          // The windows to send for detection once this slice's accounts are kept.
          const batch: Cut[] = [];
          let batchChars = 0;
          while (now() < deadline) {
            if (queue.length > 0 && batch.length === 0 && registerFirst(batch)) continue;
            if (batch.length >= BATCH_WINDOWS) break;
            if (!window) {
              const next = order.next(ready, done, queue.length === 0);
              if (!next) break;
              const block = found[next.index]!;
              if (!hasVisibleText(block)) continue;
              if (next.again) {
                // A page change may have taken the block away meanwhile (its blocks were re-read then).
                if (block.nodes.some((n) => !n.isConnected)) continue;
                // Annotated again with exact page evidence: what it found first goes.
                drop([block]);
              }
              dropped.delete(block);
              window = { index: next.index, block, from: 0 };
            }
            const { index, block, from } = window;
            const to = windowEnd(block.text, from);
            if (batchChars + (to - from) > BATCH_CHARS) break;
            const text = windowText(block, from, to);
            const cut: Cut = { index, block, from, to, text, known: evidence.knownAt(index), begun: false };
            batch.push(cut);
            batchChars += to - from;
            queue.push(cut);
            window = to < block.text.length ? { index, block, from: to } : undefined;
          }
          const spent = now() - sliceStart;
          stats.busyMs += spent;
          stats.maxSliceMs = Math.max(stats.maxSliceMs, spent);
          stats.slices++;
          if (batch.length > 0) {
            // The page's thread is free while the answers are on their way; nothing else of this scan is
            // registered meanwhile.
            let results: (RemoteDetection | null)[];
            try {
              results = await options.detect(batch.map(({ text, known }) => ({ text, known })));
            } catch {
              results = [];
            }
            if (signal.aborted) return;
            batch.forEach((cut, i) => (cut.result = results[i] ?? null));
            continue;
          }
          if (order.finished() && !window && queue.length === 0) break;
        }
      } finally {
        listening.abort();
      }
      if (signal.aborted) return;
      renumber([...annotated].sort((a, b) => a - b).map((i) => found[i]!));
      for (const shadow of walker.shadowRoots) shadowRoots.add(shadow);
    },
    /** Open shadow roots that hold text we indexed. */
    shadowRoots: (): ShadowRoot[] => [...shadowRoots].filter((r) => r.host.isConnected),
    /** Gives the thread back if the current slice is used up (for callers doing their own work in between). */
    pause: (): Promise<void> => slice.pause(),
    /** Main-thread time spent scanning so far (for the page benchmark). */
    stats: () => ({ ...stats }),
    /** Drops the annotations of the listed blocks. */
    drop,
    /** Blocks annotated so far (for mutation handling). */
    blocks: () => byBlock.keys(),
    /** Applies new settings to the existing annotations, without rescanning. */
    reconfigure(next: PageConfig) {
      config = next;
      reported = undefined;
      for (const list of byBlock.values()) {
        for (const a of list) {
          hide(a);
          show(a);
        }
      }
    },
    /** Every annotation, in the order the scans reached them (the order the highlight cap keeps them in). */
    annotations(): Annotation[] {
      return [...byBlock.values()].flat();
    },
    /** The annotations whose range touches `node`. */
    annotationsOf(node: Text): readonly Annotation[] {
      return byNode.get(node) ?? [];
    },
    /** Highlighted annotations in document order (for next / previous). */
    highlightedInOrder(): Annotation[] {
      return this.annotations()
        .filter((a) => a.highlighted)
        .sort((x, y) => {
          if (x.range.startContainer === y.range.startContainer)
            return x.range.startOffset - y.range.startOffset;
          const position = x.range.startContainer.compareDocumentPosition(y.range.startContainer);
          return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
    },
    /** The mentions as the background's page summary wants them. */
    pageMentions(): PageMention[] {
      // A page that is paused or switched off reports nothing: the popup then says so.
      if (!config.enabled) return [];
      // The same ones the highlight cap keeps, then in document order (by id: see `renumber`).
      return this.annotations()
        .filter((a) => !config.mutedCompanies.includes(a.mention.companyId))
        .slice(0, MAX_HIGHLIGHTS)
        .sort((x, y) => x.id - y.id)
        .map((a) => ({
          id: a.id,
          companyId: a.mention.companyId,
          alias: a.mention.alias.slice(0, 200),
          kind: kindOf(a),
          ...(a.mention.action ? { action: a.mention.action } : {}),
          dataTypes: a.mention.dataTypes,
          counterparties: a.mention.counterparties.slice(0, 20).map((c) => c.slice(0, 200)),
          evidence: a.mention.evidence.slice(0, 40).map((e) => e.slice(0, 200)),
          sentence: a.sentence.slice(0, 2_000),
          lang: a.lang,
        }));
    },
    clear() {
      highlighter.clear();
      byBlock.clear();
      byNode.clear();
      perNode.clear();
      highlightCount = 0;
    },
  };
}
export type Annotator = ReturnType<typeof createAnnotator>;
