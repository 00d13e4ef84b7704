/** Exports everything the user owns: one versioned JSON backup, and the saved articles as CSV. */
import type { ArticleMeta, BackupFiles } from '../../../shared/messages';
import { DEFAULT_SETTINGS, type KbDb, type StoredCompany } from '../../db/schema';
import { articlesCsv } from './csv';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A stored article in the backup's shape: named fields only, so that a re-import passes the strict schema. */
export function backupArticle(a: ArticleMeta, text: string): BackupFile['articles'][number] {
  return {
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    site: a.site,
    byline: a.byline,
    published: a.published,
    lang: a.lang,
    text,
    summary: a.summary,
    detections: a.detections,
    extraction: a.extraction,
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
    tags: a.tags,
    note: a.note,
  };
}

export function backupCompany({
  origin: _origin,
  ...company
}: StoredCompany): BackupFile['companies'][number] {
  return company;
}

/** Reads the user's records in one transaction (a consistent snapshot), sorted by key. */
export async function backupOf(db: KbDb, now: number): Promise<BackupFile> {
  const tx = db.transaction([
    'settings',
    'mutes',
    'corrections',
    'companies',
    'aliases',
    'articles',
    'articleTexts',
  ]);
  const [settings, mutes, corrections, companies, aliases, articles, texts] = await Promise.all([
    tx.objectStore('settings').get('user'),
    tx.objectStore('mutes').getAll(),
    tx.objectStore('corrections').getAll(),
    tx.objectStore('companies').index('byOrigin').getAll('user'),
    tx.objectStore('aliases').getAll(),
    tx.objectStore('articles').getAll(),
    tx.objectStore('articleTexts').getAll(),
  ]);
  const textOf = new Map(texts.map((t) => [t.canonicalUrl, t.text]));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: {
      mode: settings?.mode ?? DEFAULT_SETTINGS.mode,
      paused: settings?.paused ?? DEFAULT_SETTINGS.paused,
    },
    mutes: mutes.map(
      ({ kind, value, createdAt }) => ({ kind, value, createdAt }) as BackupFile['mutes'][number],
    ),
    corrections: corrections.map(({ fingerprint, companyId, sentence, createdAt }) => ({
      fingerprint,
      companyId,
      sentence,
      createdAt,
    })),
    companies: companies.map(backupCompany).sort((a, b) => byText(a.id, b.id)),
    aliases: aliases.map(({ companyId, lang, alias, createdAt }) => ({ companyId, lang, alias, createdAt })),
    articles: articles
      .map((a) => backupArticle(a, textOf.get(a.canonicalUrl) ?? ''))
      .sort((a, b) => byText(a.canonicalUrl, b.canonicalUrl)),
  };
}

/** The backup files, named by date. */
export async function exportBackup(db: KbDb, now: number): Promise<BackupFiles> {
  const file = await backupOf(db, now);
  const day = file.exportedAt.slice(0, 10);
  const byNewest = [...file.articles].sort((a, b) => b.savedAt - a.savedAt);
  return {
    jsonName: `privacy-radar-backup-${day}.json`,
    json: JSON.stringify(file, null, 1),
    csvName: `privacy-radar-articles-${day}.csv`,
    csv: articlesCsv(byNewest),
  };
}
