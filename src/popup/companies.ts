/**
 * Company names for display: the bundled lexicon (from core, the same records the content script matches
 * with) plus the user's own companies and aliases. Names are looked up by id; an unknown id shows as itself.
 */
import type { CompanyRecord } from '../core';
import { bundledCompanies } from '../core/lexicon-data';
import { normalize } from '../core/normalize';
import type { UiLang } from '../shared/i18n';

/** Every known company, by id, with name lookups both ways. */
export interface CompanyDirectory {
  get(id: string): CompanyRecord | undefined;
  /** The company's name in `lang` (its first Arabic alias in Arabic), else the id. */
  name(id: string, lang: UiLang): string;
  /** The id of the company whose name or alias is `text` (ignoring case, diacritics and letter variants). */
  find(text: string): string | undefined;
  all: readonly CompanyRecord[];
}

const key = (text: string) => normalize(text.trim()).text;

/** A directory over the bundled companies and `user` (user records replace bundled ones with the same id). */
export function createDirectory(user: readonly CompanyRecord[] = []): CompanyDirectory {
  const byId = new Map(bundledCompanies.map((c) => [c.id, c]));
  for (const c of user) byId.set(c.id, c);
  const byName = new Map<string, string>();
  for (const c of byId.values()) {
    for (const text of [c.name, ...c.aliases.en, ...c.aliases.ar]) {
      const k = key(text);
      if (!byName.has(k)) byName.set(k, c.id);
    }
  }
  const all = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    get: (id) => byId.get(id),
    name(id, lang) {
      const c = byId.get(id);
      if (!c) return id;
      return lang === 'ar' ? (c.aliases.ar[0] ?? c.name) : c.name;
    },
    find: (text) => (byId.has(text) ? text : byName.get(key(text))),
    all,
  };
}
