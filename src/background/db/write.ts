/**
 * Every write of the knowledge base goes through {@link write}: one transaction, `durability: 'strict'` (Chromium
 * defaults to relaxed, which may lose a write the UI already confirmed), resolved only once committed, and
 * rolled back as a whole on any error. A full disk becomes a {@link StorageFullError} with a message for people.
 */
import type { KbDb, KbStore, KbTx } from './schema';

/** The browser refused to store more. Nothing was written. */
export class StorageFullError extends Error {
  constructor() {
    super(
      'Not enough storage space: nothing was saved and your data is unchanged. ' +
        'Free some space (for example, delete saved articles you no longer need) and try again.',
    );
    this.name = 'StorageFullError';
  }
}

/** Whether an IndexedDB error means the quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError'
  );
}

/**
 * Runs `body` in one read-write transaction over `stores` and resolves with its result once the transaction has
 * committed. `body` may await only requests of `tx`: awaiting anything else lets the transaction commit early.
 */
export async function write<S extends KbStore[], T>(
  db: KbDb,
  stores: S,
  body: (tx: KbTx<S>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the error itself.
    }
    await tx.done.catch(() => undefined);
    throw isQuotaError(error) ? new StorageFullError() : error;
  }
}

/**
 * Issues requests in order and waits for them all. If issuing one throws (a DataCloneError, a full disk), the
 * requests already issued are marked observed: they reject when the transaction aborts, and must not surface as
 * unhandled rejections.
 */
export async function issueAll(issuers: readonly (() => Promise<unknown>)[]): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const issue of issuers) issued.push(issue());
  } catch (error) {
    for (const request of issued) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(issued);
}
