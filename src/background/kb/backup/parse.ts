/**
 * Reads a backup file and refuses it, as a whole, with a message that says what is wrong and where: not JSON,
 * larger than 50 MB, not a backup, made by a newer version, a field of the wrong shape (URLs other than http(s)
 * included), or a record that appears twice.
 */
import * as v from 'valibot';
import { MAX_BACKUP_BYTES } from '../../../shared/schemas';
import { siteOf, articleKey } from '../urls';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFile, type BackupFile } from './format';

/** A refused import. Nothing was written. */
export class ImportRefused extends Error {
  constructor(reason: string) {
    super(`Import refused, nothing was changed: ${reason}`);
    this.name = 'ImportRefused';
  }
}

/** The UTF-8 size of a string, without allocating a copy of it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Keys and messages come from the file (valibot's messages quote the value received): kept short. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item, i) =>
      typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${clip(String(item.key), 60)}`,
    )
    .join('');
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const got = typeof issue.input === 'string' ? ` (got "${issue.input.slice(0, 60)}")` : '';
    return `${pathOf(issue) || 'the file'}: ${clip(issue.message, 200)}${got}`;
  });
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more problems` : '';
  return shown.join('; ') + more;
}

function findDuplicate<T>(list: readonly T[], keyOf: (item: T) => string, name: string): string | null {
  const first = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const key = keyOf(list[i]!);
    const earlier = first.get(key);
    if (earlier !== undefined) return `${name}[${i}] repeats ${name}[${earlier}] (${key.slice(0, 200)})`;
    first.set(key, i);
  }
  return null;
}

function duplicateIn(file: BackupFile): string | null {
  return (
    findDuplicate(file.articles, (a) => articleKey(a.canonicalUrl), 'articles') ??
    findDuplicate(file.mutes, (m) => `${m.kind} ${m.kind === 'site' ? siteOf(m.value) : m.value}`, 'mutes') ??
    findDuplicate(file.corrections, (c) => c.fingerprint, 'corrections') ??
    findDuplicate(file.companies, (c) => c.id, 'companies') ??
    findDuplicate(file.aliases, (a) => `${a.companyId} ${a.lang} ${a.alias}`, 'aliases')
  );
}

/** The backup in `text`, validated whole; throws {@link ImportRefused} otherwise. */
export function parseBackup(text: string): BackupFile {
  const size = utf8Length(text);
  if (size > MAX_BACKUP_BYTES) {
    throw new ImportRefused(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; backups up to 50 MB are read.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    throw new ImportRefused(`the file is not JSON${detail}.`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new ImportRefused(`this is not a Privacy Radar backup (no "format": "${BACKUP_FORMAT}").`);
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new ImportRefused(
      `the backup was made by a newer version of Privacy Radar (format version ${version}; this one reads up to ` +
        `${BACKUP_VERSION}). Update the extension, then import again.`,
    );
  }
  const checked = v.safeParse(backupFile, json);
  if (!checked.success) throw new ImportRefused(describe(checked.issues));
  const duplicate = duplicateIn(checked.output);
  if (duplicate) throw new ImportRefused(`a record appears twice: ${duplicate}.`);
  return checked.output;
}
