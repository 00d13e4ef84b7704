/** What a content script is told before it scans a page: built from the stored settings, mutes and corrections. */
import type { PageConfig } from '../../shared/messages';
import type { KbDb } from '../db/schema';
import { getSettings } from './settings';
import { isUnderSite } from './urls';
import { userLexicon } from './user-companies';

/** The configuration for the page at `url`. */
export async function pageConfig(db: KbDb, url: string): Promise<PageConfig> {
  const [settings, mutes, corrections, userCompanies] = await Promise.all([
    getSettings(db),
    db.getAll('mutes'),
    db.getAllKeys('corrections'),
    userLexicon(db),
  ]);
  const sites = mutes.filter((m) => m.kind === 'site').map((m) => m.value);
  const config: PageConfig = {
    enabled: !settings.paused && !isUnderSite(url, sites),
    mode: settings.mode,
    mutedCompanies: mutes.filter((m) => m.kind === 'company').map((m) => m.value),
    corrections,
  };
  if (userCompanies.length > 0) config.userCompanies = userCompanies;
  return config;
}
