/** What a content script is told before it scans a page: built from the stored settings, mutes and corrections. */
import type { PageConfig } from '../../shared/messages';
import type { KbDb } from '../db/schema';
import { getSettings } from './settings';
import { isUnderSite } from './urls';
import { userLexicon } from './user-companies';

/** The configuration for the page at `url`. */
export async function pageConfig(db: KbDb, url: string): Promise<PageConfig> {
  const [settings, mutes, corrections, userCompanies, reported, saved] = await Promise.all([
    getSettings(db),
    db.getAll('mutes'),
    db.getAllKeys('corrections'),
    userLexicon(db),
    uniqueIndexKeys(db, 'reports'),
    uniqueIndexKeys(db, 'articles'),
  ]);
  const sites = mutes.filter((m) => m.kind === 'site').map((m) => m.value);
  const config: PageConfig = {
    enabled: !settings.paused && !isUnderSite(url, sites),
    mode: settings.mode,
    mutedCompanies: mutes.filter((m) => m.kind === 'company').map((m) => m.value),
    corrections,
    reportedCompanies: [...new Set([...reported, ...saved])].sort(),
  };
  if (userCompanies.length > 0) config.userCompanies = userCompanies;
  return config;
}

/** The distinct company ids of a store's `byCompany` index (a key cursor: no record is read). */
async function uniqueIndexKeys(db: KbDb, store: 'reports' | 'articles'): Promise<string[]> {
  const keys: string[] = [];
  const tx = db.transaction(store, 'readonly');
  for (
    let cursor = await tx.store.index('byCompany').openKeyCursor(null, 'nextunique');
    cursor;
    cursor = await cursor.continue()
  ) {
    keys.push(String(cursor.key));
  }
  return keys;
}
