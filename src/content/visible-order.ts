/**
 * The order in which a scan annotates its blocks: the visible one first, then outwards, one block below and
 * one above at each distance (`v, v+1, v-1, v+2, v-2, …`), so the reader sees highlights where they are
 * looking first. Pure: it knows block indices only, not the DOM.
 */

/**
 * Hands out the indices of blocks still being found (the walker runs ahead of annotation), each once. It can
 * move to a new centre (the reader scrolled): the order then spreads out from there, skipping what is done.
 */
export class OutwardCursor {
  /** Intervals `[first, last]` handed out around earlier centres (they may overlap). */
  private readonly earlier: [number, number][] = [];
  private centre = 0;
  /** The next index to take below the centre (ascending) and above it (descending). */
  private below = 0;
  private above = -1;
  private belowTurn = true;
  private exhausted = false;

  constructor(visible = 0) {
    this.recentre(visible);
  }

  /** Spreads out from `visible` from now on. */
  recentre(visible: number): void {
    if (this.below > this.above + 1) this.earlier.push([this.above + 1, this.below - 1]);
    this.centre = Math.max(0, visible);
    this.below = this.centre;
    this.above = this.centre - 1;
    this.belowTurn = true;
  }

  /**
   * The next block index, out of the `ready` found so far (`complete`: no more will come). Null when none is
   * ready: `done()` then says whether every block has been handed out.
   */
  next(ready: number, complete: boolean): number | null {
    this.below = this.skipDown(this.below);
    this.above = this.skipUp(this.above);
    const canBelow = this.below < ready;
    const canAbove = this.above >= 0;
    // Below while it is its turn, or when nothing is left above; above otherwise, and while the walk has not
    // reached the next block below yet.
    if (canBelow && (this.belowTurn || !canAbove)) {
      // The centre counts as distance 0: the block right after it is taken before the one above.
      this.belowTurn = this.below === this.centre;
      return this.below++;
    }
    if (canAbove) {
      this.belowTurn = true;
      return this.above--;
    }
    this.exhausted = complete && !canBelow;
    return null;
  }

  /** Whether every index below `ready` was handed out and the walk is complete (after `next` returned null). */
  done(): boolean {
    return this.exhausted;
  }

  private skipDown(i: number): number {
    for (const [first, last] of this.earlier) if (i >= first && i <= last) return this.skipDown(last + 1);
    return i;
  }

  private skipUp(i: number): number {
    for (const [first, last] of this.earlier) if (i >= first && i <= last) return this.skipUp(first - 1);
    return i;
  }
}

/** The whole order for `count` blocks with block `visible` in view (tests; scans use {@link OutwardCursor}). */
export function outwardOrder(count: number, visible: number): number[] {
  const cursor = new OutwardCursor(Math.min(visible, Math.max(0, count - 1)));
  const out: number[] = [];
  for (let i = cursor.next(count, true); i !== null; i = cursor.next(count, true)) out.push(i);
  return out;
}
