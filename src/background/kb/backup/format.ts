/**
 * The backup file: one JSON document with everything the user owns. `version` is the file format's version,
 * raised whenever a field changes meaning; an import refuses files newer than it understands.
 */
import * as v from 'valibot';
import {
  alias,
  aliasList,
  articleInput,
  companyId,
  fingerprint,
  highlightMode,
  hostname,
  httpUrl,
  isoDate,
  note,
  shortText,
  tags,
} from '../../../shared/schemas';

export const BACKUP_FORMAT = 'privacy-radar-backup';
export const BACKUP_VERSION = 1;

const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));
const many = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

const article = v.strictObject({
  ...articleInput.entries,
  savedAt: timestamp,
  updatedAt: timestamp,
  tags,
  note,
});

const mute = v.variant('kind', [
  v.strictObject({ kind: v.literal('company'), value: companyId, createdAt: timestamp }),
  v.strictObject({ kind: v.literal('site'), value: hostname, createdAt: timestamp }),
]);

const correction = v.strictObject({ fingerprint, companyId, sentence: shortText, createdAt: timestamp });

const company = v.strictObject({
  id: companyId,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  kind: v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/)),
  parent: v.nullable(companyId),
  aliases: v.strictObject({ en: aliasList, ar: aliasList }),
  ambiguousAliases: aliasList,
  domain: v.nullable(hostname),
  sources: many(httpUrl, 50),
});

const userAlias = v.strictObject({ companyId, lang: v.picklist(['en', 'ar']), alias, createdAt: timestamp });

/** The whole file. Every list is bounded, every URL is http(s). */
export const backupFile = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: isoDate,
  settings: v.strictObject({ mode: highlightMode, paused: v.boolean() }),
  mutes: many(mute, 100_000),
  corrections: many(correction, 100_000),
  companies: many(company, 10_000),
  aliases: many(userAlias, 100_000),
  articles: many(article, 100_000),
});
export type BackupFile = v.InferOutput<typeof backupFile>;
