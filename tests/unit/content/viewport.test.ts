// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexText } from '../../../src/content/text-index';
import { blockAt, visibleAnchor } from '../../../src/content/viewport';

function page(count: number): HTMLElement[] {
  document.body.replaceChildren(
    ...Array.from({ length: count }, (_, i) =>
      Object.assign(document.createElement('p'), { textContent: `paragraph ${i}` }),
    ),
  );
  return [...document.body.querySelectorAll('p')];
}

describe('viewport: the visible block by binary search', () => {
  it('finds the block holding the anchor, or the first one after it', () => {
    const paragraphs = page(50);
    const blocks = indexText(document.body);
    expect(blockAt(blocks, blocks.length, paragraphs[0]!.firstChild!)).toBe(0);
    expect(blockAt(blocks, blocks.length, paragraphs[37]!.firstChild!)).toBe(37);
    // An element (a hit between lines or in a margin) counts from its first text.
    expect(blockAt(blocks, blocks.length, paragraphs[12]!)).toBe(12);
    // The whole body: the top.
    expect(blockAt(blocks, blocks.length, document.body)).toBe(0);
    // Past all the text.
    const after = document.body.appendChild(document.createElement('div'));
    expect(blockAt(blocks, blocks.length, after)).toBe(blocks.length);
    // Only the blocks found so far are searched.
    expect(blockAt(blocks, 10, paragraphs[37]!.firstChild!)).toBe(10);
  });

  it('takes the middle of three hits in document order, so one fixed header does not move it', () => {
    const paragraphs = page(30);
    const hits = [paragraphs[0]!.firstChild!, paragraphs[20]!.firstChild!, paragraphs[22]!.firstChild!];
    // happy-dom does no layout: the hit test is stubbed.
    const doc = document as unknown as { caretPositionFromPoint?: (x: number, y: number) => unknown };
    let call = 0;
    doc.caretPositionFromPoint = () => ({ offsetNode: hits[call++ % 3]!, offset: 0 });
    expect(visibleAnchor(document)).toBe(paragraphs[20]!.firstChild);
    // A hit between elements is (parent, child index).
    doc.caretPositionFromPoint = () => ({ offsetNode: document.body, offset: 7 });
    expect(visibleAnchor(document)).toBe(paragraphs[7]);
    doc.caretPositionFromPoint = () => null;
    expect(visibleAnchor(document)).toBeNull();
    delete doc.caretPositionFromPoint;
  });
});
