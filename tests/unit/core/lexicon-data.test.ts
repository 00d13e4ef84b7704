import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCompanies } from '../../../src/core/lexicon-data';

const companies = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../data/companies.json'), 'utf8'),
) as {
  id: string;
  name: string;
  parent: string | null;
  aliases: { en: string[]; ar: string[] };
  ambiguousAliases: string[];
}[];

describe('bundled lexicon', () => {
  it('is data/companies.json in compact form (run `npm run content-data` after editing companies.json)', () => {
    expect(
      bundledCompanies.map(({ id, name, parent, aliases, ambiguousAliases }) => ({
        id,
        name,
        parent,
        aliases,
        ambiguousAliases,
      })),
    ).toEqual(
      companies.map(({ id, name, parent, aliases, ambiguousAliases }) => ({
        id,
        name,
        parent,
        aliases,
        ambiguousAliases,
      })),
    );
  });
});
