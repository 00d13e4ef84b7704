/**
 * Keeps a scan's results what they would be in document order while its blocks are annotated in another
 * order (visible blocks first). The one thing detection carries from block to block is page evidence: an
 * ambiguous alias ("Apple") counts if the page named the company before (`pageCompanies`). Here that question
 * is answered from the blocks annotated so far that come before in document order. A "yes" is final; a "no"
 * may be wrong while blocks before are still waiting: it is noted, and once all blocks are done,
 * {@link ScanEvidence.rechecks} names the blocks whose "no" turned out wrong, in document order, to annotate
 * again. Detection is a pure function of its text and these answers, so a block whose answers all stand has
 * the result document order would give it.
 */
export class ScanEvidence {
  /** Company id → the first block (by index) whose mentions name it, among those annotated. */
  private readonly firstBlock = new Map<string, number>();
  /** Block index → the companies its mentions name (blocks with mentions only). */
  private readonly named = new Map<number, Set<string>>();
  /** Block index → companies asked about and answered "no" (blocks with such answers only). */
  private readonly doubts = new Map<number, Set<string>>();
  private block = 0;
  private current = new Set<string>();
  /** In the recheck pass: every company named before the block being rechecked (exact, no doubt left). */
  private before: Set<string> | undefined;

  /** `base`: companies named by earlier scans of the page (they count everywhere, as they always did). */
  constructor(private readonly base: ReadonlySet<string>) {}

  /** detect()'s `pageCompanies` for the window being annotated. */
  readonly pageCompanies = {
    has: (id: string): boolean => {
      if (this.base.has(id) || this.current.has(id)) return true;
      if (this.before) return this.before.has(id);
      if ((this.firstBlock.get(id) ?? Infinity) < this.block) return true;
      let doubts = this.doubts.get(this.block);
      if (!doubts) this.doubts.set(this.block, (doubts = new Set()));
      doubts.add(id);
      return false;
    },
  };

  /**
   * Companies {@link pageCompanies} answers "yes" for, now, in block `index`: the evidence sent with a window
   * detected in another context (see core/detect-remote.ts), before the block is begun. A "yes" is final, so
   * the list stays true; it may lack a company named meanwhile (see {@link confirms}).
   */
  knownAt(index: number): string[] {
    const yes = new Set(this.base);
    if (index === this.block) for (const id of this.current) yes.add(id);
    if (this.before) for (const id of this.before) yes.add(id);
    else for (const [id, block] of this.firstBlock) if (block < index) yes.add(id);
    return [...yes];
  }

  /** Whether {@link pageCompanies} answers "yes" for `id` in the current block (without noting a "no"). */
  confirms(id: string): boolean {
    if (this.base.has(id) || this.current.has(id)) return true;
    if (this.before) return this.before.has(id);
    return (this.firstBlock.get(id) ?? Infinity) < this.block;
  }

  /** Notes the "no" answers a detection elsewhere gave in the current block (see {@link knownAt}). */
  deny(ids: readonly string[]): void {
    for (const id of ids) this.pageCompanies.has(id);
  }

  /** Block `index` is annotated next (from its first window, afresh if it was annotated before). */
  begin(index: number): void {
    this.block = index;
    this.current = new Set();
    this.named.delete(index);
    this.doubts.delete(index);
  }

  /** A mention of `companyId` was found in the current block. */
  found(companyId: string): void {
    this.current.add(companyId);
    let named = this.named.get(this.block);
    if (!named) this.named.set(this.block, (named = new Set()));
    named.add(companyId);
    if ((this.firstBlock.get(companyId) ?? Infinity) > this.block) this.firstBlock.set(companyId, this.block);
  }

  /** Whether any answer was "no" (otherwise no recheck can be needed). */
  hasDoubts(): boolean {
    return this.doubts.size > 0;
  }

  /**
   * Once every block was annotated: the blocks to annotate again, in document order. The caller annotates each
   * one (begin, found…) before asking for the next; its answers are then exact.
   */
  *rechecks(): Generator<number, void, void> {
    if (this.doubts.size === 0) return;
    const before = new Set<string>();
    this.before = before;
    const indices = [...new Set([...this.named.keys(), ...this.doubts.keys()])].sort((a, b) => a - b);
    for (const index of indices) {
      const doubts = this.doubts.get(index);
      if (doubts && [...doubts].some((id) => before.has(id))) yield index;
      for (const id of this.named.get(index) ?? []) before.add(id);
    }
    this.before = undefined;
  }
}
