/**
 * Companies and aliases the user added. A user company is a full record with origin 'user' (bundle updates never
 * replace it); an added alias is its own row, so that it survives a bundle update of the company it belongs to.
 */
import type { CompanyRecord } from '../../core';
import type { UserAlias } from '../../shared/messages';
import type { KbDb, StoredCompany } from '../db/schema';
import { issueAll, write } from '../db/write';

/** A new company as the settings page describes it. */
export interface NewCompany {
  name: string;
  kind?: string | undefined;
  parent?: string | null | undefined;
  aliases: { en: string[]; ar: string[] };
  domain?: string | null | undefined;
}

/** The id rule of docs/DATA-FORMATS.md; a name with no Latin letters or digits gets a stable hashed id. */
export function companyIdOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (slug) return slug;
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return `company-${(hash >>> 0).toString(36)}`;
}

const unique = (list: readonly string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/** Adds a company. Refused when its id is taken (add an alias to that company instead) or its parent unknown. */
export function addCompany(db: KbDb, input: NewCompany): Promise<CompanyRecord> {
  const id = companyIdOf(input.name);
  const latin = /[a-z]/i.test(input.name);
  const company: StoredCompany = {
    id,
    name: input.name.trim(),
    kind: input.kind ?? 'other',
    parent: input.parent ?? null,
    aliases: {
      en: unique(latin ? [input.name, ...input.aliases.en] : input.aliases.en),
      ar: unique(latin ? input.aliases.ar : [input.name, ...input.aliases.ar]),
    },
    ambiguousAliases: [],
    domain: input.domain?.toLowerCase() ?? null,
    sources: [],
    origin: 'user',
  };
  return write(db, ['companies'], async (tx) => {
    const store = tx.objectStore('companies');
    const taken = await store.get(id);
    if (taken) throw new Error(`"${taken.name}" is already known (id ${id}): add a spelling to it instead.`);
    if (company.parent !== null && !(await store.getKey(company.parent))) {
      throw new Error(`Unknown parent company: ${company.parent}.`);
    }
    await store.put(company);
    return withoutOrigin(company);
  });
}

/** Removes a company the user added, with its aliases. Bundled companies cannot be removed. */
export function removeCompany(db: KbDb, id: string): Promise<boolean> {
  return write(db, ['companies', 'aliases'], async (tx) => {
    const company = await tx.objectStore('companies').get(id);
    if (!company) return false;
    if (company.origin !== 'user') throw new Error('Bundled companies cannot be removed: mute them instead.');
    const aliases = tx.objectStore('aliases');
    const keys = await aliases.index('byCompany').getAllKeys(id);
    await issueAll([
      () => tx.objectStore('companies').delete(id),
      ...keys.map((key) => () => aliases.delete(key)),
    ]);
    return true;
  });
}

/** Adds a spelling to a company (bundled or the user's own); adding it twice keeps the first. */
export function addAlias(
  db: KbDb,
  input: Omit<UserAlias, 'createdAt'>,
  now: number,
): Promise<{ alias: UserAlias; created: boolean }> {
  return write(db, ['companies', 'aliases'], async (tx) => {
    if (!(await tx.objectStore('companies').getKey(input.companyId))) {
      throw new Error(`Unknown company: ${input.companyId}.`);
    }
    const aliases = tx.objectStore('aliases');
    const existing = await aliases.get([input.companyId, input.lang, input.alias]);
    if (existing) return { alias: existing, created: false };
    const alias: UserAlias = { ...input, createdAt: now };
    await aliases.put(alias);
    return { alias, created: true };
  });
}

/** Removes a spelling the user added. */
export function removeAlias(db: KbDb, input: Omit<UserAlias, 'createdAt'>): Promise<boolean> {
  return write(db, ['aliases'], async (tx) => {
    const key: [string, string, string] = [input.companyId, input.lang, input.alias];
    if (!(await tx.objectStore('aliases').getKey(key))) return false;
    await tx.objectStore('aliases').delete(key);
    return true;
  });
}

/** The companies and aliases the user added. */
export async function listUserAdditions(
  db: KbDb,
): Promise<{ companies: CompanyRecord[]; aliases: UserAlias[] }> {
  const tx = db.transaction(['companies', 'aliases'], 'readonly');
  const [companies, aliases] = await Promise.all([
    tx.objectStore('companies').index('byOrigin').getAll('user'),
    tx.objectStore('aliases').getAll(),
  ]);
  return { companies: companies.map(withoutOrigin), aliases };
}

/**
 * What the content script must add to its bundled lexicon: the user's companies, and each company the user
 * gave extra spellings with those spellings merged in. Empty when the user added nothing.
 */
export async function userLexicon(db: KbDb): Promise<CompanyRecord[]> {
  const { companies, aliases } = await listUserAdditions(db);
  const byId = new Map(companies.map((company) => [company.id, company]));
  for (const alias of aliases) {
    let company = byId.get(alias.companyId);
    if (!company) {
      const stored = await db.get('companies', alias.companyId);
      if (!stored) continue;
      company = withoutOrigin(stored);
      byId.set(company.id, company);
    }
    company.aliases = {
      ...company.aliases,
      [alias.lang]: unique([...company.aliases[alias.lang], alias.alias]),
    };
  }
  return [...byId.values()];
}

function withoutOrigin({ origin: _origin, ...company }: StoredCompany): CompanyRecord {
  return company;
}
