/**
 * "Not a data request" corrections. The background computes each sentence's fingerprint itself (with
 * core/fingerprint.ts, as the content script does when it applies them), so a correction always matches the
 * sentence it was made on.
 */
import { sentenceFingerprint } from '../../core/fingerprint';
import type { Correction } from '../../shared/messages';
import type { KbDb } from '../db/schema';
import { write } from '../db/write';

/** Records a correction; correcting the same sentence twice keeps the first. */
export function addCorrection(
  db: KbDb,
  companyId: string,
  sentence: string,
  now: number,
): Promise<{ correction: Correction; created: boolean }> {
  const fingerprint = sentenceFingerprint(companyId, sentence);
  return write(db, ['corrections'], async (tx) => {
    const store = tx.objectStore('corrections');
    const existing = await store.get(fingerprint);
    if (existing) return { correction: existing, created: false };
    const correction: Correction = { fingerprint, companyId, sentence, createdAt: now };
    await store.put(correction);
    return { correction, created: true };
  });
}

/** Undoes a correction. Resolves false when there was none. */
export function removeCorrection(db: KbDb, fingerprint: string): Promise<boolean> {
  return write(db, ['corrections'], async (tx) => {
    const store = tx.objectStore('corrections');
    if (!(await store.getKey(fingerprint))) return false;
    await store.delete(fingerprint);
    return true;
  });
}

/** Every correction, newest first. */
export async function listCorrections(db: KbDb): Promise<Correction[]> {
  return (await db.getAllFromIndex('corrections', 'byCreatedAt')).reverse();
}
