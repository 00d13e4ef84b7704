/**
 * Schema migrations, one step per version. They run inside IndexedDB's `versionchange` transaction, which is
 * atomic: a worker killed mid-migration leaves the previous version intact, and the next start migrates again.
 * Its durability cannot be chosen (only `db.transaction()` takes the option); a migration lost to a power cut is
 * lost whole, version number included, so the database is never left half-migrated either way.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleMeta } from '../../shared/messages';
import type { KbSchema } from './schema';

type UpgradeDb = IDBPDatabase<KbSchema>;
type UpgradeTx = IDBPTransaction<KbSchema, StoreNames<KbSchema>[], 'versionchange'>;

/** Version 1: every store but the article texts and the trash; an article's text lived in its row. */
function createV1(db: UpgradeDb): void {
  db.createObjectStore('meta', { keyPath: 'key' });
  const companies = db.createObjectStore('companies', { keyPath: 'id' });
  companies.createIndex('byOrigin', 'origin');
  companies.createIndex('byParent', 'parent');
  const aliases = db.createObjectStore('aliases', { keyPath: ['companyId', 'lang', 'alias'] });
  aliases.createIndex('byCompany', 'companyId');
  const reports = db.createObjectStore('reports', { keyPath: 'id' });
  reports.createIndex('byCompany', 'companies', { multiEntry: true });
  reports.createIndex('byDataType', 'dataTypes', { multiEntry: true });
  reports.createIndex('byDate', 'date');
  const articles = db.createObjectStore('articles', { keyPath: 'canonicalUrl' });
  articles.createIndex('byUrl', 'url');
  articles.createIndex('bySavedAt', 'savedAt');
  articles.createIndex('byCompany', 'detections.companies', { multiEntry: true });
  articles.createIndex('bySite', 'site');
  articles.createIndex('byTag', 'tags', { multiEntry: true });
  db.createObjectStore('settings', { keyPath: 'key' });
  const mutes = db.createObjectStore('mutes', { keyPath: ['kind', 'value'] });
  mutes.createIndex('byCreatedAt', 'createdAt');
  const corrections = db.createObjectStore('corrections', { keyPath: 'fingerprint' });
  corrections.createIndex('byCompany', 'companyId');
  corrections.createIndex('byCreatedAt', 'createdAt');
}

/** An article row as version 1 stored it. */
type V1Article = Omit<ArticleMeta, 'updatedAt'> & { text: string; updatedAt?: number };

/**
 * Version 2: listing and linking read every article row, so the texts (up to 2 MB each) move to their own
 * store; deleted articles go to `trash` so that a delete can be undone.
 */
async function toV2(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('articleTexts', { keyPath: 'canonicalUrl' });
  db.createObjectStore('trash', { keyPath: 'canonicalUrl' }).createIndex('byDeletedAt', 'deletedAt');
  const texts = tx.objectStore('articleTexts');
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const { text, ...rest } = cursor.value as unknown as V1Article;
    await texts.put({ canonicalUrl: rest.canonicalUrl, text });
    await cursor.update({ ...rest, updatedAt: rest.updatedAt ?? rest.savedAt });
    cursor = await cursor.continue();
  }
}

/** Brings a database from `oldVersion` to the current version, step by step, in order. */
export function upgradeKb(db: UpgradeDb, oldVersion: number, tx: UpgradeTx): void {
  const steps = async () => {
    // `indexedDB.open(name)` without a version (a devtools snippet, a test probe) creates version 1 with no stores.
    if (oldVersion < 1 || db.objectStoreNames.length === 0) createV1(db);
    if (oldVersion < 2) await toV2(db, tx);
  };
  // A failed step must abort the whole upgrade: a half-migrated store would be read as the new version.
  steps().catch(() => tx.abort());
}
