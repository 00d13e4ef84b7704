import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, type KbDb } from '../../../../src/background/db/schema';
import { annotateArticle, saveArticle } from '../../../../src/background/kb/articles';
import { exportBackup, backupOf } from '../../../../src/background/kb/backup/export';
import { importBackup } from '../../../../src/background/kb/backup/import';
import { addCorrection } from '../../../../src/background/kb/corrections';
import { addMute } from '../../../../src/background/kb/mutes';
import { updateSettings } from '../../../../src/background/kb/settings';
import { addAlias, addCompany } from '../../../../src/background/kb/user-companies';
import { articleInput, freshIndexedDb, openFixtureDb } from './fixtures';

beforeEach(freshIndexedDb);

async function fillWithUserData(db: KbDb): Promise<void> {
  await updateSettings(db, { mode: 'all', paused: true });
  await addMute(db, { kind: 'company', value: 'google' }, 1);
  await addMute(db, { kind: 'site', value: 'example.org' }, 2);
  await addCorrection(db, 'facebook', 'Facebook denied asking for data.', 3);
  await addCompany(db, {
    name: 'Acme',
    parent: 'meta',
    aliases: { en: ['ACME'], ar: ['أكمي'] },
    domain: 'acme.example',
  });
  await addAlias(db, { companyId: 'facebook', lang: 'ar', alias: 'فيس بوك' }, 4);
  await saveArticle(db, articleInput('https://news.example/a'), 5);
  await saveArticle(db, articleInput('https://news.example/ب', { lang: 'ar', title: '=HYPERLINK("x")' }), 6);
  await annotateArticle(
    db,
    'https://news.example/a',
    { tags: ['banks'], note: 'a "quoted", note\nwith lines' },
    7,
  );
}

/** Every record of every store the user owns, for comparing whole databases. */
async function userRecords(db: KbDb) {
  const stores = ['settings', 'mutes', 'corrections', 'aliases', 'articles', 'articleTexts'] as const;
  const all = Object.fromEntries(
    await Promise.all(stores.map(async (s) => [s, await db.getAll(s)] as const)),
  );
  return { ...all, companies: await db.getAllFromIndex('companies', 'byOrigin', 'user') };
}

async function stored(db: KbDb) {
  return JSON.stringify(await userRecords(db));
}

describe('backup', () => {
  it('round-trips: export → wipe → import gives the same records', async () => {
    const first = openFixtureDb();
    const db = await first.db();
    await fillWithUserData(db);
    const before = await userRecords(db);
    const files = await exportBackup(db, Date.UTC(2026, 10, 29));
    expect(files.jsonName).toBe('privacy-radar-backup-2026-11-29.json');

    await first.connection.close();
    await deleteDB(DB_NAME);
    const fresh = await openFixtureDb().db();
    expect(await fresh.count('articles')).toBe(0);

    const preview = await importBackup(fresh, files.json, true);
    expect(preview).toMatchObject({ written: false, added: 8, updated: 0, skipped: 0 });
    expect(await fresh.count('articles')).toBe(0);

    const report = await importBackup(fresh, files.json, false);
    expect(report).toMatchObject({ written: true, added: 8, updated: 0, skipped: 0, truncated: false });
    // Articles are exported by canonical URL: "%D8%A8" (the Arabic one) sorts before "a".
    expect(report.items).toContainEqual({
      change: 'added',
      what: 'article',
      where: 'articles[1]',
      label: 'https://news.example/a',
    });
    expect(await userRecords(fresh)).toEqual(before);

    // Importing the same file again changes nothing and says so.
    const again = await importBackup(fresh, files.json, false);
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 8 });
    expect(again.items.every((item) => item.why)).toBe(true);
  });

  it('reports updates and skips with what and where', async () => {
    const db = await openFixtureDb().db();
    await fillWithUserData(db);
    const file = await backupOf(db, 0);
    file.articles[1]!.note = 'changed';
    file.companies.push({ ...file.companies[0]!, id: 'facebook', name: 'Clash' });
    file.aliases.push({ companyId: 'ghost', lang: 'en', alias: 'Ghost', createdAt: 1 });
    const report = await importBackup(db, JSON.stringify(file), false);
    expect(report.items).toEqual(
      expect.arrayContaining([
        { change: 'updated', what: 'article', where: 'articles[1]', label: 'https://news.example/a' },
        {
          change: 'skipped',
          what: 'article',
          where: 'articles[0]',
          label: 'https://news.example/%D8%A8',
          why: 'unchanged',
        },
        expect.objectContaining({
          what: 'company',
          where: 'companies[1]',
          why: 'a bundled company has the id "facebook"',
        }),
        expect.objectContaining({ what: 'alias', where: 'aliases[1]', why: 'unknown company "ghost"' }),
      ]),
    );
    expect((await db.get('articles', 'https://news.example/a'))?.note).toBe('changed');
    expect((await db.get('companies', 'facebook'))?.name).toBe('Facebook');
  });

  it('exports the saved articles as CSV that spreadsheets read safely', async () => {
    const db = await openFixtureDb().db();
    await fillWithUserData(db);
    const { csv } = await exportBackup(db, 0);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFsaved_at,title,site,url,canonical_url,byline,published,lang,companies,actions,data_types,tags,note,summary',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a ""quoted"", note\nwith lines"');
    // The header and two rows: the line break inside the quoted note is not a row separator.
    expect(lines.filter(Boolean)).toHaveLength(3);
  });
});

describe('import refuses bad files and changes nothing', () => {
  async function refusal(
    mutate: (file: Record<string, unknown>) => unknown,
  ): Promise<{ error: string; changed: boolean }> {
    const db = await openFixtureDb().db();
    await fillWithUserData(db);
    const file = (await backupOf(db, 0)) as unknown as Record<string, unknown>;
    const text = mutate(file);
    const before = await stored(db);
    const error = await importBackup(db, typeof text === 'string' ? text : JSON.stringify(file), false).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    return { error, changed: (await stored(db)) !== before };
  }
  const articles = (file: Record<string, unknown>) => file.articles as Record<string, unknown>[];

  it.each<[string, (file: Record<string, unknown>) => unknown, RegExp]>([
    ['a file that is not JSON', () => 'name,url\nx,y', /not JSON/],
    [
      'JSON of another shape',
      () => JSON.stringify([{ url: 'https://a.example' }]),
      /not a Privacy Radar backup/,
    ],
    [
      'a 50 MB file',
      () => `{"format":"privacy-radar-backup","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`,
      /50\.0 MB; backups up to 50 MB/,
    ],
    [
      'a newer format version',
      (f) => void (f.version = 2),
      /newer version of Privacy Radar \(format version 2/,
    ],
    [
      'a javascript: URL',
      (f) => void (articles(f)[1]!.url = 'javascript:alert(document.cookie)'),
      /articles\[1\]\.url: must be an http: or https: URL \(got "javascript:alert/,
    ],
    [
      'a data: URL',
      (f) => void (articles(f)[0]!.canonicalUrl = 'data:text/html,<b>x</b>'),
      /articles\[0\]\.canonicalUrl: must be an http/,
    ],
    [
      'a data: URL among a company’s sources',
      (f) => void ((f.companies as { sources: string[] }[])[0]!.sources = ['data:,x']),
      /companies\[0\]\.sources\[0\]: must be an http/,
    ],
    ['a missing field', (f) => void delete articles(f)[0]!.title, /articles\[0\]\.title/],
    ['an unknown field', (f) => void (articles(f)[0]!.extra = 1), /articles\[0\]/],
    [
      'a bad data type',
      (f) => void ((articles(f)[0]!.detections as { dataTypes: string[] }).dataTypes = ['dna']),
      /articles\[0\]\.detections\.dataTypes\[0\]/,
    ],
    [
      'a duplicate article',
      (f) =>
        void articles(f).push({
          ...articles(f)[0]!,
          canonicalUrl: `${String(articles(f)[0]!.canonicalUrl)}#again`,
        }),
      /appears twice: articles\[2\] repeats articles\[0\] \(https:\/\/news\.example\/%D8%A8\)/,
    ],
    [
      'a duplicate mute',
      (f) => void (f.mutes as unknown[]).push({ kind: 'site', value: 'WWW.example.org', createdAt: 9 }),
      /mutes\[2\] repeats mutes\[1\]/,
    ],
  ])('refuses %s', async (_name, mutate, expected) => {
    const { error, changed } = await refusal(mutate);
    expect(error).toMatch(/^Import refused, nothing was changed: /);
    expect(error).toMatch(expected);
    expect(changed).toBe(false);
  });
});
