/**
 * The bundled company lexicon as the detector needs it. Read from data/lexicon.json, the compact form of
 * data/companies.json written by `npm run content-data`, which leaves out what detection does not use (kinds,
 * domains, research sources). The background and the popup carry it; the content script does not (the
 * background labels the companies it finds, see detect-remote.ts).
 */
import compact from '../../data/lexicon.json';
import type { CompanyRecord } from './detect';

type CompactRecord = [
  id: string,
  name: string,
  parent: string,
  en: string[],
  ar: string[],
  ambiguous: string[],
];

export const bundledCompanies: readonly CompanyRecord[] = (compact as CompactRecord[]).map(
  ([id, name, parent, en, ar, ambiguous]) => ({
    id,
    name,
    kind: '',
    parent: parent || null,
    aliases: { en, ar },
    ambiguousAliases: ambiguous,
    domain: null,
    sources: [],
  }),
);

/** The bundled companies with the user's own merged in (a user record replaces the bundled one of its id). */
export function companiesWith(user: readonly CompanyRecord[] = []): CompanyRecord[] {
  const byId = new Map(bundledCompanies.map((c) => [c.id, c]));
  for (const c of user) byId.set(c.id, c);
  return [...byId.values()];
}
