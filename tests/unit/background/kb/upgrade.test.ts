import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getArticle } from '../../../../src/background/kb/articles';
import { DB_NAME } from '../../../../src/background/db/schema';
import { articleInput, company, fixtureBundle, freshIndexedDb, openFixtureDb, report } from './fixtures';
import { openV1 } from './schema-v1.frozen';

beforeEach(freshIndexedDb);

/** What a user had in a version-1 database: one record of every kind, and two articles. */
function v1UserData() {
  const { text: text1, ...first } = articleInput('https://news.example/one');
  const { text: text2, ...second } = articleInput('https://news.example/two', {
    lang: 'ar',
    published: null,
  });
  return {
    articles: [
      { ...first, text: text1, savedAt: 100, tags: ['banks'], note: 'read later' },
      { ...second, text: text2, savedAt: 200, tags: [], note: '' },
    ],
    settings: [{ key: 'user', mode: 'all', paused: true }],
    mutes: [
      { kind: 'company', value: 'google', createdAt: 3 },
      { kind: 'site', value: 'example.org', createdAt: 4 },
    ],
    corrections: [
      { fingerprint: 'facebook|abc123', companyId: 'facebook', sentence: 'Facebook said no.', createdAt: 5 },
    ],
    aliases: [{ companyId: 'facebook', lang: 'ar', alias: 'فيس', createdAt: 6 }],
    userCompanies: [{ ...company('acme', null, 'Acme'), origin: 'user' }],
  };
}

describe('upgrade from schema version 1', () => {
  it('keeps every user record, moves article texts out, and replaces the bundled rows', async () => {
    const old = await openV1(DB_NAME);
    const data = v1UserData();
    const tx = old.transaction([...old.objectStoreNames], 'readwrite');
    for (const a of data.articles) await tx.objectStore('articles').put(a);
    for (const s of data.settings) await tx.objectStore('settings').put(s);
    for (const m of data.mutes) await tx.objectStore('mutes').put(m);
    for (const c of data.corrections) await tx.objectStore('corrections').put(c);
    for (const a of data.aliases) await tx.objectStore('aliases').put(a);
    for (const c of data.userCompanies) await tx.objectStore('companies').put(c);
    await tx
      .objectStore('companies')
      .put({ ...company('facebook', null, 'Old Facebook'), origin: 'bundled' });
    await tx.objectStore('reports').put({ ...report('OLD-REPORT'), origin: 'bundled' });
    await tx
      .objectStore('meta')
      .put({ key: 'bundle', version: '0', asOf: '2025-01-01', revision: 'old', seededAt: 1 });
    await tx.done;
    old.close();

    const db = await openFixtureDb(fixtureBundle('2')).db();
    expect(db.version).toBe(2);

    for (const { text, ...meta } of data.articles) {
      expect(await db.get('articles', meta.canonicalUrl)).toEqual({ ...meta, updatedAt: meta.savedAt });
      expect(await getArticle(db, meta.url)).toEqual({ ...meta, updatedAt: meta.savedAt, text });
    }
    expect(await db.getAll('settings')).toEqual(data.settings);
    expect(await db.getAll('mutes')).toEqual(data.mutes);
    expect(await db.getAll('corrections')).toEqual(data.corrections);
    expect(await db.getAll('aliases')).toEqual(data.aliases);
    expect(await db.get('companies', 'acme')).toEqual(data.userCompanies[0]);
    expect(await db.count('trash')).toBe(0);

    expect(await db.getAllKeys('reports')).not.toContain('OLD-REPORT');
    expect(await db.get('companies', 'facebook')).toMatchObject({ name: 'Facebook', parent: 'meta' });
    expect(await db.get('meta', 'bundle')).toMatchObject({ version: '2' });
    // The indexes still find the migrated rows.
    expect(await db.getAllKeysFromIndex('articles', 'byTag', 'banks')).toEqual(['https://news.example/one']);
  });

  it('recovers a database someone opened without a version (version 1, no stores)', async () => {
    const empty = await openDB(DB_NAME);
    expect(empty.version).toBe(1);
    empty.close();
    const db = await openFixtureDb().db();
    expect(db.objectStoreNames).toContain('reports');
    expect(await db.count('reports')).toBe(4);
  });

  it('upgrades while an older connection is still open (an old worker, or a page of ours), once it steps aside', async () => {
    const v1 = await openV1(DB_NAME);
    const data = v1UserData();
    await v1.put('articles', data.articles[0]);
    // The still-open connection closes when told a newer version wants the database, as ours does.
    let toldToClose = false;
    v1.addEventListener('versionchange', () => {
      toldToClose = true;
      v1.close();
    });
    const db = await openFixtureDb(fixtureBundle('2')).db();
    expect(toldToClose).toBe(true);
    expect(db.version).toBe(2);
    const { text, ...meta } = data.articles[0]!;
    expect(await getArticle(db, meta.url)).toEqual({ ...meta, updatedAt: meta.savedAt, text });
  });
});
