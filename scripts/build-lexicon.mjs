// Writes data/lexicon.json: the compact form of data/companies.json that the content script carries into every
// page (no research sources, kinds or domains; one array per company). `npm run lexicon` after editing
// companies.json; a unit test fails while the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const companies = JSON.parse(readFileSync(resolve(root, 'data/companies.json'), 'utf8'));
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
