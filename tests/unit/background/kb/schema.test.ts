import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../../src/background/db/schema';
import { fixtureBundle, freshIndexedDb, openFixtureDb, report } from './fixtures';
import { seedBundle } from '../../../../src/background/kb/seed';

beforeEach(freshIndexedDb);

describe('schema', () => {
  it('creates every store with its key path and indexes', async () => {
    const db = await openFixtureDb().db();
    expect(db.version).toBe(DB_VERSION);
    const shape = Object.fromEntries(
      [...db.objectStoreNames].map((name) => {
        const store = db.transaction(name).objectStore(name);
        const indexes = [...store.indexNames].map((i) => {
          const index = store.index(i);
          return `${i}:${String(index.keyPath)}${index.multiEntry ? '*' : ''}${index.unique ? '!' : ''}`;
        });
        return [name, { key: store.keyPath, indexes }];
      }),
    );
    expect(shape).toEqual({
      aliases: { key: ['companyId', 'lang', 'alias'], indexes: ['byCompany:companyId'] },
      articleTexts: { key: 'canonicalUrl', indexes: [] },
      articles: {
        key: 'canonicalUrl',
        indexes: [
          'byCompany:detections.companies*',
          'bySavedAt:savedAt',
          'bySite:site',
          'byTag:tags*',
          'byUrl:url',
        ],
      },
      companies: { key: 'id', indexes: ['byOrigin:origin', 'byParent:parent'] },
      corrections: { key: 'fingerprint', indexes: ['byCompany:companyId', 'byCreatedAt:createdAt'] },
      meta: { key: 'key', indexes: [] },
      mutes: { key: ['kind', 'value'], indexes: ['byCreatedAt:createdAt'] },
      reports: {
        key: 'id',
        indexes: ['byCompany:companies*', 'byDataType:dataTypes*', 'byDate:date'],
      },
      settings: { key: 'key', indexes: [] },
      trash: { key: 'canonicalUrl', indexes: ['byDeletedAt:deletedAt'] },
    });
  });

  it('opens the database once per worker life and again after close', async () => {
    const { connection } = openFixtureDb();
    const [a, b] = await Promise.all([connection.db(), connection.db()]);
    expect(a).toBe(b);
    await connection.close();
    expect(await connection.db()).not.toBe(a);
  });
});

describe('seeding', () => {
  it('loads the bundle on first open and records its version', async () => {
    const db = await openFixtureDb().db();
    expect((await db.getAllKeys('reports')).sort()).toEqual([
      'FB-BANKS',
      'FB-DENIAL',
      'GOOGLE-BANKS',
      'IG-LOCATION',
    ]);
    expect(await db.count('companies')).toBe(7);
    expect(await db.get('meta', 'bundle')).toMatchObject({ version: '1', asOf: '2026-11-01' });
    expect((await db.get('reports', 'FB-BANKS'))?.origin).toBe('bundled');
  });

  it('does nothing when the bundle is unchanged', async () => {
    const db = await openFixtureDb().db();
    expect(await seedBundle(db, fixtureBundle(), 5)).toBe(false);
    expect((await db.get('meta', 'bundle'))?.seededAt).toBe(1_700_000_000_000);
  });

  it('replaces bundled rows with a newer bundle and keeps the user’s companies and aliases', async () => {
    const db = await openFixtureDb().db();
    await db.put('companies', { ...fixtureBundle().companies[0]!, id: 'acme', name: 'Acme', origin: 'user' });
    // A user company whose id a later bundle also uses: the user's record wins.
    await db.put('companies', {
      ...fixtureBundle().companies[0]!,
      id: 'amazon',
      name: 'My Amazon',
      origin: 'user',
    });
    await db.put('aliases', { companyId: 'facebook', lang: 'ar', alias: 'فيسبوك', createdAt: 1 });

    const next = fixtureBundle('2', [report('NEW-ONE', { companies: ['google'] })]);
    expect(
      await seedBundle(db, { ...next, companies: next.companies.filter((c) => c.id !== 'instagram') }, 9),
    ).toBe(true);
    expect(await db.getAllKeys('reports')).toEqual(['NEW-ONE']);
    expect(await db.get('companies', 'instagram')).toBeUndefined();
    expect(await db.get('companies', 'acme')).toMatchObject({ origin: 'user' });
    expect(await db.get('companies', 'amazon')).toMatchObject({ name: 'My Amazon', origin: 'user' });
    expect(await db.count('aliases')).toBe(1);
    expect(await db.get('meta', 'bundle')).toMatchObject({ version: '2', seededAt: 9 });
  });

  it('reseeds when the data changed but the version was not bumped', async () => {
    const db = await openFixtureDb().db();
    const edited = fixtureBundle('1', [report('FB-BANKS', { date: '2018-08-07' })]);
    expect(await seedBundle(db, edited, 2)).toBe(true);
    expect((await db.get('reports', 'FB-BANKS'))?.date).toBe('2018-08-07');
  });
});
