import { describe, expect, it } from 'vitest';
import { OutwardCursor, outwardOrder } from '../../../src/content/visible-order';

/** Drains a cursor with `ready` blocks found and the walk complete. */
function drain(cursor: OutwardCursor, ready: number): number[] {
  const out: number[] = [];
  for (let i = cursor.next(ready, true); i !== null; i = cursor.next(ready, true)) out.push(i);
  return out;
}

describe('visible-first order', () => {
  it.each([
    [0, 0, []],
    [1, 0, [0]],
    [5, 0, [0, 1, 2, 3, 4]],
    [5, 2, [2, 3, 1, 4, 0]],
    [6, 4, [4, 5, 3, 2, 1, 0]],
    [5, 4, [4, 3, 2, 1, 0]],
    [7, 1, [1, 2, 0, 3, 4, 5, 6]],
    // A visible index past the end (the reader is below the last text) starts from the last block.
    [3, 9, [2, 1, 0]],
  ])('orders %i blocks seen from block %i: %j', (count, visible, expected) => {
    expect(outwardOrder(count, visible)).toEqual(expected);
  });

  it('hands out every block exactly once, whatever the visible index', () => {
    for (let count = 0; count < 40; count++) {
      for (let visible = 0; visible < count + 2; visible++) {
        const order = outwardOrder(count, visible);
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
        // Nearest first: the distance to the visible block never shrinks.
        const centre = Math.min(visible, count - 1);
        const distances = order.map((i) => Math.abs(i - centre));
        for (let k = 1; k < distances.length; k++)
          expect(distances[k]!).toBeGreaterThanOrEqual(distances[k - 1]!);
      }
    }
  });

  it('works above the visible block while the walk has not found the blocks below yet', () => {
    const cursor = new OutwardCursor(3);
    // The walk has found blocks 0..3 only (block 3 is the last finished one).
    const early: (number | null)[] = [];
    for (let k = 0; k < 5; k++) early.push(cursor.next(4, false));
    expect(early).toEqual([3, 2, 1, 0, null]);
    expect(cursor.done()).toBe(false);
    // More blocks come in; then the walk ends.
    expect(cursor.next(6, false)).toBe(4);
    expect(cursor.next(6, false)).toBe(5);
    expect(cursor.next(6, false)).toBeNull();
    expect(cursor.done()).toBe(false);
    expect(cursor.next(7, true)).toBe(6);
    expect(cursor.next(7, true)).toBeNull();
    expect(cursor.done()).toBe(true);
  });

  it('moves to a new centre when the reader scrolls, skipping what is done', () => {
    const cursor = new OutwardCursor(2);
    expect([cursor.next(20, true), cursor.next(20, true), cursor.next(20, true)]).toEqual([2, 3, 1]);
    cursor.recentre(10);
    expect([cursor.next(20, true), cursor.next(20, true), cursor.next(20, true)]).toEqual([10, 11, 9]);
    // Back near the first centre: blocks 1..3 are not handed out twice.
    cursor.recentre(3);
    const rest = drain(cursor, 20);
    expect(rest.slice(0, 6)).toEqual([4, 0, 5, 6, 7, 8]);
    expect([2, 3, 1, 10, 11, 9, ...rest].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });
});
