// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLexicon, detectWithKnown } from '../../../src/core';
import { bundledCompanies } from '../../../src/core/lexicon-data';
import { createAnnotator, MAX_HIGHLIGHTS, type WindowDetector } from '../../../src/content/annotator';
import type { Highlighter } from '../../../src/content/highlighter';
import type { PageConfig } from '../../../src/shared/messages';

const lexicon = compileLexicon(bundledCompanies);
const CONFIG: PageConfig = { enabled: true, mode: 'all', mutedCompanies: [], corrections: [] };

beforeAll(() => {
  // happy-dom has no StaticRange: the annotator only needs its four fields here.
  globalThis.StaticRange ??= class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed = false;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  } as unknown as typeof StaticRange;
});

/** A highlighter that records the order ranges come in, as the index of their paragraph. */
function recordingHighlighter(paragraphs: HTMLElement[]) {
  const order: number[] = [];
  const live = new Set<AbstractRange>();
  const highlighter: Highlighter = {
    add(_kind, range) {
      live.add(range);
      order.push(paragraphs.indexOf(range.startContainer.parentElement as HTMLElement));
    },
    remove: (range) => void live.delete(range),
    focus: () => {},
    ensureRegistered: () => {},
    size: () => live.size,
    clear: () => live.clear(),
    destroy: () => live.clear(),
  };
  return { highlighter, order, live };
}

function page(texts: string[]): HTMLElement[] {
  document.body.replaceChildren(
    ...texts.map((t) => Object.assign(document.createElement('p'), { textContent: t })),
  );
  return [...document.body.querySelectorAll('p')];
}

/** Detects in place, as the background answers, one turn later; `batches` records each request's texts. */
function localDetector(batches: string[][] = [], fail = false): WindowDetector {
  return async (windows) => {
    batches.push(windows.map((w) => w.text));
    if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
    return windows.map(({ text, known }) => detectWithKnown(text, lexicon, known));
  };
}

async function annotate(texts: string[], visible: number | null, config = CONFIG, detect = localDetector()) {
  const paragraphs = page(texts);
  const { highlighter, order, live } = recordingHighlighter(paragraphs);
  const annotator = createAnnotator({
    detect,
    highlighter,
    config,
    visibleNode: () => (visible === null ? null : paragraphs[visible]!.firstChild),
  });
  await annotator.scan(document.body, new AbortController().signal, { visibleFirst: visible !== null });
  const highlighted = [...live].map((r) => paragraphs.indexOf(r.startContainer.parentElement as HTMLElement));
  return { order, highlighted: highlighted.sort((a, b) => a - b), mentions: annotator.pageMentions() };
}

const DATA = (i: number) => `Google collected location data from millions of phones (${i}).`;
const FILLER = (i: number) => `Weather news, item ${i}.`;

describe('annotator: visible blocks first', () => {
  it('highlights the visible block first, then outwards, and ends with what document order gives', async () => {
    const texts = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? DATA(i) : FILLER(i)));
    const first = await annotate(texts, 45);
    expect(first.order.slice(0, 3)).toEqual([45, 48, 42]);
    const inDocumentOrder = await annotate(texts, null);
    expect(inDocumentOrder.order.slice(0, 3)).toEqual([0, 3, 6]);
    expect(first.highlighted).toEqual(inDocumentOrder.highlighted);
    // Reported in document order, numbered in document order, as the popup lists them.
    expect(first.mentions).toEqual(inDocumentOrder.mentions);
    const ids = first.mentions.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('gives an ambiguous name the page evidence of the blocks before it only, as document order does', async () => {
    // "Apple" alone counts only when the page named Apple before (here unambiguously: "Apple Inc.").
    const named = 'Apple Inc. collected location data from millions of phones.';
    const alone = 'Apple sells phones.';
    const before = [named, ...Array.from({ length: 20 }, (_, i) => FILLER(i)), alone];
    const after = [alone, ...Array.from({ length: 20 }, (_, i) => FILLER(i)), named];
    for (const texts of [before, after]) {
      const inDocumentOrder = await annotate(texts, null);
      for (const visible of [0, 10, texts.length - 1]) {
        const visibleFirst = await annotate(texts, visible);
        expect(visibleFirst.mentions).toEqual(inDocumentOrder.mentions);
        expect(visibleFirst.highlighted).toEqual(inDocumentOrder.highlighted);
      }
    }
    // The evidence matters here, so the test can fail: named first, "Apple" alone is a mention; else not.
    expect((await annotate(before, null)).mentions.map((m) => m.alias)).toEqual(['Apple Inc.', 'Apple']);
    expect((await annotate(after, null)).mentions.map((m) => m.alias)).toEqual(['Apple Inc.']);
  });

  it('sends the windows of many blocks in one request, and asks again for one that missed evidence sent with it', async () => {
    const named = 'Apple Inc. collected location data from millions of phones.';
    const alone = 'Apple sells phones.';
    const batches: string[][] = [];
    const result = await annotate([named, FILLER(1), alone], null, CONFIG, localDetector(batches));
    // "Apple" alone went with no evidence (the block naming Apple Inc. was not registered yet), was told "no"
    // for Apple, and went again once that was known.
    expect(batches).toEqual([[named, FILLER(1), alone], [alone]]);
    expect(result.mentions.map((m) => m.alias)).toEqual(['Apple Inc.', 'Apple']);
  });

  it('leaves the windows of a failed request unannotated, and finishes the scan', async () => {
    const batches: string[][] = [];
    const result = await annotate([DATA(1), DATA(2)], null, CONFIG, localDetector(batches, true));
    expect(batches).toEqual([[DATA(1), DATA(2)]]);
    expect(result.mentions).toEqual([]);
    expect(result.highlighted).toEqual([]);
  });

  it('keeps the highlights nearest to the visible block when the cap applies', async () => {
    const count = MAX_HIGHLIGHTS + 200;
    const texts = Array.from({ length: count }, (_, i) => DATA(i));
    const visible = count - 100;
    const { highlighted, mentions } = await annotate(texts, visible);
    expect(highlighted).toHaveLength(MAX_HIGHLIGHTS);
    // The last 200 blocks and the 1,800 before them: the top of the page is what the cap leaves out.
    expect(highlighted[0]).toBe(200);
    expect(highlighted.at(-1)).toBe(count - 1);
    // The popup gets the same mentions, in document order.
    expect(mentions).toHaveLength(MAX_HIGHLIGHTS);
    expect(mentions[0]!.sentence).toContain('(200)');
    expect(mentions.at(-1)!.sentence).toContain(`(${count - 1})`);
  });
});
