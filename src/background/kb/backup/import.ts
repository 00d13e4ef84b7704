/**
 * Imports a backup: validates the whole file first (a refused file changes nothing), plans what it adds,
 * updates and skips, and, unless it is a dry run, writes it all in one strict transaction.
 */
import type { ImportReport } from '../../../shared/messages';
import type { KbDb, KbTx } from '../../db/schema';
import { issueAll, write } from '../../db/write';
import type { BackupFile } from './format';
import { parseBackup } from './parse';
import { IMPORT_STORES, planImport, type ImportPlan, type ImportStores } from './plan';

/** Report lines returned at most; the counts always cover everything. */
export const MAX_REPORT_ITEMS = 1_000;

function reportOf(plan: ImportPlan, written: boolean): ImportReport {
  const count = (change: string) => plan.items.filter((item) => item.change === change).length;
  return {
    written,
    added: count('added'),
    updated: count('updated'),
    skipped: count('skipped'),
    items: plan.items.slice(0, MAX_REPORT_ITEMS),
    truncated: plan.items.length > MAX_REPORT_ITEMS,
  };
}

function apply(tx: KbTx<ImportStores>, plan: ImportPlan): Promise<void> {
  const writes: (() => Promise<unknown>)[] = [];
  const { settings } = plan;
  if (settings) writes.push(() => tx.objectStore('settings').put({ key: 'user', ...settings }));
  for (const mute of plan.mutes) writes.push(() => tx.objectStore('mutes').put(mute));
  for (const correction of plan.corrections) writes.push(() => tx.objectStore('corrections').put(correction));
  for (const company of plan.companies) writes.push(() => tx.objectStore('companies').put(company));
  for (const alias of plan.aliases) writes.push(() => tx.objectStore('aliases').put(alias));
  for (const { text, ...article } of plan.articles) {
    writes.push(() => tx.objectStore('articles').put(article));
    writes.push(() => tx.objectStore('articleTexts').put({ canonicalUrl: article.canonicalUrl, text }));
  }
  return issueAll(writes);
}

/** Imports `text` (or, with `dryRun`, reports what importing it would do). */
export async function importBackup(db: KbDb, text: string, dryRun: boolean): Promise<ImportReport> {
  const file: BackupFile = parseBackup(text);
  if (dryRun) {
    const tx = db.transaction([...IMPORT_STORES], 'readonly');
    return reportOf(await planImport(tx, file), false);
  }
  const plan = await write(db, [...IMPORT_STORES], async (tx) => {
    const planned = await planImport(tx, file);
    await apply(tx, planned);
    return planned;
  });
  return reportOf(plan, true);
}
