#!/usr/bin/env node
// Validates data/companies.json against the format in docs/DATA-FORMATS.md.
// Usage: node scripts/check-companies.mjs [path/to/companies.json]
// Exits with status 1 and a list of problems when the file is invalid.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(process.argv[2] ?? resolve(here, '..', 'data', 'companies.json'));

const KINDS = new Set([
  'social',
  'search',
  'ecommerce',
  'telecom',
  'bank',
  'payments',
  'fintech',
  'data-broker',
  'adtech',
  'health',
  'automotive',
  'hardware',
  'messaging',
  'delivery',
  'ride-hailing',
  'government',
  'security',
  'credit-bureau',
  'consulting',
  'cloud',
  'retail',
  'fitness',
  'dating',
  'software',
  'other',
]);
const KEYS = ['id', 'name', 'kind', 'parent', 'aliases', 'ambiguousAliases', 'domain', 'sources'];

// Aliases that are deliberately listed under more than one company: normalized alias -> ids allowed to share it.
// Keep this empty unless two records really must answer to the same spelling.
const SHARED_ALIASES = new Map([]);

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function slug(name) {
  if (name === 'e&') return 'e-and';
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Loose normalization used only to detect clashes between companies: case, width, Arabic diacritics,
// tatweel, hamza/alef forms, ta marbuta, alef maqsura and spacing are ignored.
export function normalizeAlias(s) {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[ؤ]/g, 'و')
    .replace(/[ئ]/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

function main() {
  const errors = [];
  const err = (where, msg) => errors.push(`${where}: ${msg}`);

  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`check-companies: cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
  if (!Array.isArray(data)) {
    console.error('check-companies: the top level must be an array of company records');
    process.exit(1);
  }

  const ids = new Map();
  const names = new Map();
  data.forEach((r, i) => {
    const where = `record #${i}${r && typeof r.id === 'string' ? ` (${r.id})` : ''}`;
    if (!r || typeof r !== 'object' || Array.isArray(r)) return err(where, 'not an object');
    for (const k of KEYS) if (!(k in r)) err(where, `missing field "${k}"`);
    for (const k of Object.keys(r)) if (!KEYS.includes(k)) err(where, `unknown field "${k}"`);

    if (typeof r.name !== 'string' || !r.name.trim()) err(where, 'name must be a non-empty string');
    else if (r.name !== r.name.trim()) err(where, 'name has surrounding spaces');
    if (typeof r.id !== 'string' || !r.id) err(where, 'id must be a non-empty string');
    else {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id)) err(where, `id "${r.id}" is not a slug`);
      if (typeof r.name === 'string' && r.id !== slug(r.name))
        err(where, `id "${r.id}" does not follow the slug rule for "${r.name}" (expected "${slug(r.name)}")`);
      if (ids.has(r.id)) err(where, `duplicate id (also record #${ids.get(r.id)})`);
      else ids.set(r.id, i);
    }
    if (typeof r.name === 'string') {
      if (names.has(r.name)) err(where, `duplicate name "${r.name}" (also record #${names.get(r.name)})`);
      else names.set(r.name, i);
    }
    if (!KINDS.has(r.kind)) err(where, `kind "${r.kind}" is not one of the allowed kinds`);
    if (r.parent !== null && typeof r.parent !== 'string') err(where, 'parent must be an id string or null');
    if (r.parent === r.id) err(where, 'parent points to itself');

    const al = r.aliases;
    if (!al || typeof al !== 'object' || !Array.isArray(al.en) || !Array.isArray(al.ar)) {
      err(where, 'aliases must be { en: string[], ar: string[] }');
    } else {
      for (const k of Object.keys(al)) if (k !== 'en' && k !== 'ar') err(where, `unknown aliases key "${k}"`);
      if (!al.en.includes(r.name)) err(where, `aliases.en must include the canonical name "${r.name}"`);
      for (const lang of ['en', 'ar']) {
        const seen = new Set();
        for (const a of al[lang]) {
          if (typeof a !== 'string' || !a.trim()) {
            err(where, `empty or non-string alias in aliases.${lang}`);
            continue;
          }
          if (a !== a.trim() || /\s{2,}/.test(a)) err(where, `alias "${a}" has stray spaces`);
          if (seen.has(a)) err(where, `alias "${a}" listed twice in aliases.${lang}`);
          seen.add(a);
          if (lang === 'en' && ARABIC.test(a)) err(where, `aliases.en contains Arabic script: "${a}"`);
          if (lang === 'ar' && !ARABIC.test(a)) err(where, `aliases.ar entry has no Arabic letters: "${a}"`);
          if (/[()]/.test(a)) err(where, `alias "${a}" contains a parenthetical note`);
        }
      }
    }

    if (!Array.isArray(r.ambiguousAliases)) err(where, 'ambiguousAliases must be an array');
    else if (al && Array.isArray(al.en) && Array.isArray(al.ar)) {
      const all = new Set([...al.en, ...al.ar]);
      const seen = new Set();
      for (const a of r.ambiguousAliases) {
        if (!all.has(a)) err(where, `ambiguous alias "${a}" is not one of its aliases`);
        if (seen.has(a)) err(where, `ambiguous alias "${a}" listed twice`);
        seen.add(a);
      }
    }

    if (r.domain !== null) {
      if (typeof r.domain !== 'string' || !DOMAIN.test(r.domain))
        err(where, `domain "${r.domain}" does not look like a bare domain (e.g. "example.com")`);
    }

    if (!Array.isArray(r.sources) || r.sources.length === 0)
      err(where, 'sources must be a non-empty array of https URLs');
    else {
      const seen = new Set();
      for (const s of r.sources) {
        let u;
        try {
          u = new URL(s);
        } catch {
          err(where, `source "${s}" is not a URL`);
          continue;
        }
        if (u.protocol !== 'https:') err(where, `source "${s}" is not https`);
        if (!u.hostname.includes('.')) err(where, `source "${s}" has no proper host name`);
        if (seen.has(s)) err(where, `source "${s}" listed twice`);
        seen.add(s);
      }
    }
  });

  // parents exist and form no cycles
  const byId = new Map(data.filter((r) => r && typeof r.id === 'string').map((r) => [r.id, r]));
  for (const r of byId.values()) {
    if (typeof r.parent === 'string' && !byId.has(r.parent)) err(r.id, `parent "${r.parent}" does not exist`);
    const chain = new Set([r.id]);
    let p = r.parent;
    while (typeof p === 'string' && byId.has(p)) {
      if (chain.has(p)) {
        err(r.id, `parent chain loops through "${p}"`);
        break;
      }
      chain.add(p);
      p = byId.get(p).parent;
    }
  }

  // aliases unique across companies (after loose normalization) unless listed in SHARED_ALIASES
  const owners = new Map();
  for (const r of byId.values()) {
    if (!r.aliases || !Array.isArray(r.aliases.en) || !Array.isArray(r.aliases.ar)) continue;
    const mine = new Set();
    for (const a of [...r.aliases.en, ...r.aliases.ar]) {
      if (typeof a !== 'string' || !a.trim()) continue;
      const n = normalizeAlias(a);
      if (mine.has(n)) continue; // case / hamza variants inside one record are fine
      mine.add(n);
      if (!owners.has(n)) owners.set(n, []);
      owners.get(n).push({ id: r.id, alias: a });
    }
  }
  for (const [n, list] of owners) {
    if (list.length < 2) continue;
    const allowed = SHARED_ALIASES.get(n);
    if (allowed && list.every((o) => allowed.includes(o.id))) continue;
    err(
      'aliases',
      `"${n}" is used by several companies: ${list.map((o) => `${o.id} ("${o.alias}")`).join(', ')}`,
    );
  }

  if (errors.length) {
    console.error(`check-companies: ${file} has ${errors.length} problem(s):`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  const withAr = data.filter((r) => r.aliases.ar.length > 0).length;
  const amb = data.reduce((n, r) => n + r.ambiguousAliases.length, 0);
  console.log(
    `check-companies: OK — ${data.length} companies, ${withAr} with Arabic spellings, ${amb} ambiguous aliases`,
  );
}

main();
