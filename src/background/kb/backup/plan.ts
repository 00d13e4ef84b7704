/**
 * Decides, record by record, what an import adds, updates or skips, against what is stored. The same plan is
 * shown by a dry run and carried out by the import (recomputed inside the write transaction, so that it
 * applies to the database as it is at that moment).
 */
import type { IDBPTransaction } from 'idb';
import type { ImportItem, Mute, Settings } from '../../../shared/messages';
import type { KbSchema, StoredCompany } from '../../db/schema';
import { articleKey, siteOf } from '../urls';
import { backupArticle, backupCompany } from './export';
import type { BackupFile } from './format';

export const IMPORT_STORES = [
  'settings',
  'mutes',
  'corrections',
  'companies',
  'aliases',
  'articles',
  'articleTexts',
] as const;
/** The stores an import reads and writes. */
export type ImportStores = (typeof IMPORT_STORES)[number][];
/** A transaction over the import's stores, read-only (dry run) or read-write (import). */
export type ImportTx = IDBPTransaction<KbSchema, ImportStores, 'readonly' | 'readwrite'>;

type Article = BackupFile['articles'][number];

/** What to write, and the report lines. */
export interface ImportPlan {
  items: ImportItem[];
  settings: Settings | null;
  mutes: Mute[];
  corrections: BackupFile['corrections'];
  companies: StoredCompany[];
  aliases: BackupFile['aliases'];
  articles: Article[];
}

/** JSON with object keys sorted, so that two records with the same content compare equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Plans the import of `file` against the stores of `tx`. */
export async function planImport(tx: ImportTx, file: BackupFile): Promise<ImportPlan> {
  const plan: ImportPlan = {
    items: [],
    settings: null,
    mutes: [],
    corrections: [],
    companies: [],
    aliases: [],
    articles: [],
  };
  const note = (
    change: ImportItem['change'],
    what: ImportItem['what'],
    where: string,
    label: string,
    why?: string,
  ) =>
    plan.items.push(why === undefined ? { change, what, where, label } : { change, what, where, label, why });

  const stored = await tx.objectStore('settings').get('user');
  if (stored && stored.mode === file.settings.mode && stored.paused === file.settings.paused) {
    note('skipped', 'settings', 'settings', 'settings', 'unchanged');
  } else {
    plan.settings = file.settings;
    note(
      stored ? 'updated' : 'added',
      'settings',
      'settings',
      `mode ${file.settings.mode}, paused ${file.settings.paused}`,
    );
  }

  for (const [i, mute] of file.mutes.entries()) {
    const value = mute.kind === 'site' ? siteOf(mute.value) : mute.value;
    if (await tx.objectStore('mutes').getKey([mute.kind, value])) {
      note('skipped', 'mute', `mutes[${i}]`, `${mute.kind} ${value}`, 'already muted');
    } else {
      plan.mutes.push({ ...mute, value });
      note('added', 'mute', `mutes[${i}]`, `${mute.kind} ${value}`);
    }
  }

  for (const [i, correction] of file.corrections.entries()) {
    if (await tx.objectStore('corrections').getKey(correction.fingerprint)) {
      note(
        'skipped',
        'correction',
        `corrections[${i}]`,
        correction.sentence.slice(0, 80),
        'already corrected',
      );
    } else {
      plan.corrections.push(correction);
      note('added', 'correction', `corrections[${i}]`, correction.sentence.slice(0, 80));
    }
  }

  await planCompanies(tx, file, plan, note);
  await planArticles(tx, file, plan, note);
  return plan;
}

type Note = (
  change: ImportItem['change'],
  what: ImportItem['what'],
  where: string,
  label: string,
  why?: string,
) => void;

async function planCompanies(tx: ImportTx, file: BackupFile, plan: ImportPlan, note: Note): Promise<void> {
  const companies = tx.objectStore('companies');
  const incoming = new Set(file.companies.map((c) => c.id));
  const known = async (id: string) => incoming.has(id) || (await companies.getKey(id)) !== undefined;
  for (const [i, company] of file.companies.entries()) {
    const where = `companies[${i}]`;
    const existing = await companies.get(company.id);
    if (existing?.origin === 'bundled') {
      note('skipped', 'company', where, company.name, `a bundled company has the id "${company.id}"`);
    } else if (company.parent !== null && !(await known(company.parent))) {
      note('skipped', 'company', where, company.name, `unknown parent company "${company.parent}"`);
    } else if (existing && same(backupCompany(existing), company)) {
      note('skipped', 'company', where, company.name, 'unchanged');
    } else {
      plan.companies.push({ ...company, origin: 'user' });
      note(existing ? 'updated' : 'added', 'company', where, company.name);
    }
  }
  for (const [i, alias] of file.aliases.entries()) {
    const where = `aliases[${i}]`;
    const label = `${alias.alias} (${alias.companyId})`;
    if (!(await known(alias.companyId))) {
      note('skipped', 'alias', where, label, `unknown company "${alias.companyId}"`);
    } else if (await tx.objectStore('aliases').getKey([alias.companyId, alias.lang, alias.alias])) {
      note('skipped', 'alias', where, label, 'already added');
    } else {
      plan.aliases.push(alias);
      note('added', 'alias', where, label);
    }
  }
}

async function planArticles(tx: ImportTx, file: BackupFile, plan: ImportPlan, note: Note): Promise<void> {
  for (const [i, article] of file.articles.entries()) {
    const key = articleKey(article.canonicalUrl);
    const where = `articles[${i}]`;
    const existing = await tx.objectStore('articles').get(key);
    const text = existing && (await tx.objectStore('articleTexts').get(key))?.text;
    if (existing && same(backupArticle(existing, text ?? ''), { ...article, canonicalUrl: key })) {
      note('skipped', 'article', where, key, 'unchanged');
    } else {
      plan.articles.push({ ...article, canonicalUrl: key });
      note(existing ? 'updated' : 'added', 'article', where, key);
    }
  }
}
