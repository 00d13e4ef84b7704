/**
 * Persistent storage. Without it the browser may evict the database under storage pressure, saved articles
 * included. `persist()` exists only in window contexts (Firefox's event page, the popup), not in Chromium's
 * service worker, where the answer of `persisted()` is all the background can give.
 */
import type { KbInfo } from '../../shared/messages';

/** The part of `navigator.storage` used here; every method is optional because contexts differ. */
export interface StorageLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** Asks for persistent storage where this context can; resolves whether storage is persistent. */
export async function requestPersistence(storage: StorageLike | undefined): Promise<boolean> {
  try {
    if (await storage?.persisted?.()) return true;
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Whether storage is persistent and how much of the quota is used (null where the browser does not say). */
export async function storageStatus(storage: StorageLike | undefined): Promise<KbInfo['storage']> {
  try {
    const [persisted, estimate] = await Promise.all([storage?.persisted?.(), storage?.estimate?.()]);
    return { persisted: persisted ?? false, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return { persisted: false, usage: null, quota: null };
  }
}
