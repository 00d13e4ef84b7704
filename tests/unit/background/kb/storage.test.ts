import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KbDb } from '../../../../src/background/db/schema';
import { StorageFullError } from '../../../../src/background/db/write';
import { getArticle, saveArticle } from '../../../../src/background/kb/articles';
import { backupOf } from '../../../../src/background/kb/backup/export';
import { importBackup } from '../../../../src/background/kb/backup/import';
import { requestPersistence, storageStatus } from '../../../../src/background/kb/storage-status';
import { articleInput, freshIndexedDb, openFixtureDb } from './fixtures';

beforeEach(freshIndexedDb);
afterEach(() => vi.restoreAllMocks());

/** Makes the `n`-th `put` from now on fail as a full disk does. */
function diskFullAfter(n: number): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls >= n) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

async function snapshot(db: KbDb): Promise<string> {
  const stores = ['articles', 'articleTexts', 'mutes', 'settings'] as const;
  return JSON.stringify(await Promise.all(stores.map((s) => db.getAll(s))));
}

describe('storage safety', () => {
  it('turns a full disk into a clear message and leaves a save unwritten', async () => {
    const db = await openFixtureDb().db();
    await saveArticle(db, articleInput('https://news.example/a', { title: 'old' }), 1);
    const before = await snapshot(db);
    diskFullAfter(2); // the row is written, the text is not
    const failed = saveArticle(db, articleInput('https://news.example/a', { title: 'new', text: 'new' }), 2);
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toThrow(/Not enough storage space: nothing was saved/);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
    expect((await getArticle(db, 'https://news.example/a'))?.title).toBe('old');
  });

  it('leaves the database as it was when an import runs out of space half-way', async () => {
    const db = await openFixtureDb().db();
    await saveArticle(db, articleInput('https://news.example/a'), 1);
    const file = await backupOf(db, 0);
    file.articles = Array.from({ length: 20 }, (_, i) => ({
      ...file.articles[0]!,
      canonicalUrl: `https://n.example/${i}`,
    }));
    file.mutes = [{ kind: 'company', value: 'google', createdAt: 1 }];
    const before = await snapshot(db);
    diskFullAfter(10);
    await expect(importBackup(db, JSON.stringify(file), false)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
  });

  it('writes saves, imports and the bundle with strict durability', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = await openFixtureDb().db(); // seeds the bundle
    await saveArticle(db, articleInput('https://news.example/a'), 1);
    await importBackup(db, JSON.stringify(await backupOf(db, 0)), false);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(3);
    expect(writes.every(([, , options]) => options?.durability === 'strict')).toBe(true);
  });

  it('asks for persistent storage where the context can, and reports it', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    // Chromium's service worker has no persist(): the answer is persisted()'s.
    expect(await requestPersistence({ persisted: async () => false })).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(
      await storageStatus({ persisted: async () => true, estimate: async () => ({ usage: 1, quota: 2 }) }),
    ).toEqual({
      persisted: true,
      usage: 1,
      quota: 2,
    });
  });
});
