// Writes compact data the extension bundles (npm run content-data):
// - data/lexicon.json: data/companies.json without research sources, kinds or domains, one array per company
//   (the detector's lexicon, in the background and the popup);
// - src/content/card/card-strings.json: the hover card's strings from public/_locales (en, ar) only.
// Unit tests fail while these disagree with their sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const read = (path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const companies = read('data/companies.json');
const compact = companies.map((c) => [
  c.id,
  c.name,
  c.parent ?? '',
  c.aliases.en,
  c.aliases.ar,
  c.ambiguousAliases,
]);
writeFileSync(resolve(root, 'data/lexicon.json'), JSON.stringify(compact) + '\n');
console.log(`data/lexicon.json: ${companies.length} companies`);

/** The keys of the messages the card uses (see src/content/card/). */
export const CARD_KEY = /^(describe_|dt_|card|announce|and_list$)/;
const strings = {};
for (const lang of ['en', 'ar']) {
  const all = read(`public/_locales/${lang}/messages.json`);
  strings[lang] = Object.fromEntries(Object.entries(all).filter(([key]) => CARD_KEY.test(key)));
}
writeFileSync(resolve(root, 'src/content/card/card-strings.json'), JSON.stringify(strings) + '\n');
console.log(`src/content/card/card-strings.json: ${Object.keys(strings.en).length} strings`);
