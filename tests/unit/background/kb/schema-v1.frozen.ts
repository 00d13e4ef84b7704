/**
 * FROZEN: the knowledge base's schema version 1, exactly as it shipped. Never edit this file: the upgrade test
 * creates a database with it, fills it with user data, and checks that the current code upgrades every record.
 */
import { openDB, type IDBPDatabase } from 'idb';

export function createV1Schema(db: IDBPDatabase): void {
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

/** Opens (creating) a version-1 database. */
export function openV1(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, { upgrade: (db) => createV1Schema(db) });
}
