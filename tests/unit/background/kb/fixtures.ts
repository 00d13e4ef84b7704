/** Small, hand-written knowledge-base fixtures and a fresh fake IndexedDB per test. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Bundle, ReportRecord } from '../../../../data/bundle';
import type { CompanyRecord } from '../../../../src/core';
import type { ArticleInput } from '../../../../src/shared/schemas';
import { createConnection } from '../../../../src/background/db/connection';

/** Gives every test its own empty IndexedDB (idb opens through the global `indexedDB`). */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function company(id: string, parent: string | null = null, name = id): CompanyRecord {
  return {
    id,
    name,
    kind: 'social',
    parent,
    aliases: { en: [name], ar: [] },
    ambiguousAliases: [],
    domain: null,
    sources: [],
  };
}

export function report(id: string, fields: Partial<ReportRecord> = {}): ReportRecord {
  return {
    id,
    date: '2020-01-01',
    companies: ['facebook'],
    counterparties: [],
    dataTypes: ['financial'],
    action: 'requested',
    outlets: ['Outlet'],
    sourceUrls: [`https://news.example/${id}`],
    title: { en: `Title ${id}`, ar: `عنوان ${id}` },
    summary: { en: `Summary ${id}.`, ar: `ملخص ${id}.` },
    outcome: { en: `Outcome ${id}.`, ar: `نتيجة ${id}.` },
    ...fields,
  };
}

/** Meta with Facebook, Instagram and Messenger; Alphabet with Google; Amazon alone. */
export const fixtureCompanies: CompanyRecord[] = [
  company('meta'),
  company('facebook', 'meta', 'Facebook'),
  company('instagram', 'meta', 'Instagram'),
  company('messenger', 'facebook', 'Messenger'),
  company('alphabet'),
  company('google', 'alphabet', 'Google'),
  company('amazon'),
];

export function fixtureBundle(version = '1', reports: ReportRecord[] = defaultReports()): Bundle {
  return { version, asOf: '2026-11-01', companies: fixtureCompanies, reports };
}

function defaultReports(): ReportRecord[] {
  return [
    report('FB-BANKS', { date: '2018-08-06' }),
    report('FB-DENIAL', { date: '2018-08-06', action: 'denied' }),
    report('GOOGLE-BANKS', { companies: ['google'], date: '2018-08-06' }),
    report('IG-LOCATION', { companies: ['instagram'], dataTypes: ['location'], action: 'obtained' }),
  ];
}

/** An article as the extractor would send it. */
export function articleInput(url: string, fields: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url,
    canonicalUrl: url,
    title: `Saved ${url}`,
    site: new URL(url).hostname,
    byline: 'A. Writer',
    published: '2024-05-01',
    lang: 'en',
    text: `The text of ${url}. Facebook asked banks for data.`,
    summary: ['Facebook asked banks for data.', 'Banks were wary.', 'Nothing was agreed.'],
    detections: {
      companies: ['facebook'],
      actions: ['requested'],
      dataTypes: ['financial'],
      sentences: [
        {
          text: 'Facebook asked banks for data.',
          companyId: 'facebook',
          action: 'requested',
          dataTypes: ['financial'],
        },
      ],
    },
    extraction: 'readability',
    ...fields,
  };
}

/** A connection to a fresh database seeded with `bundle`, at a fixed clock. */
export function openFixtureDb(bundle: Bundle = fixtureBundle(), now = () => 1_700_000_000_000) {
  const connection = createConnection({ bundle, now });
  return { connection, db: () => connection.db() };
}
