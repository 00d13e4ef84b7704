/** What the knowledge base holds, for the settings page ("knowledge base as of …"). */
import type { KbInfo } from '../../shared/messages';
import type { KbDb } from '../db/schema';
import { storageStatus, type StorageLike } from './storage-status';

/** The bundle the database holds, record counts, and the storage status. */
export async function kbInfo(db: KbDb, storage: StorageLike | undefined): Promise<KbInfo> {
  const tx = db.transaction(['meta', 'reports', 'companies', 'articles'], 'readonly');
  const [mark, reports, companies, articles] = await Promise.all([
    tx.objectStore('meta').get('bundle'),
    tx.objectStore('reports').count(),
    tx.objectStore('companies').count(),
    tx.objectStore('articles').count(),
  ]);
  return {
    bundle: { version: mark?.version ?? '', asOf: mark?.asOf ?? '' },
    counts: { reports, companies, articles },
    storage: await storageStatus(storage),
  };
}
