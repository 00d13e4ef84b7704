/// <reference types="vite/client" />
/**
 * The bundled knowledge base as one value: the companies, the reports of every data/reports/*.json file
 * concatenated and sorted by id, and the bundle's version and "as of" date (data/meta.json).
 */
import type { CompanyRecord } from '../src/core';
import type { Action, DataType } from '../src/core/types';
import companies from './companies.json';
import meta from './meta.json';

/** One reported incident (see docs/DATA-FORMATS.md). */
export interface ReportRecord {
  id: string;
  date: string;
  companies: string[];
  counterparties: string[];
  dataTypes: DataType[];
  action: Action;
  outlets: string[];
  sourceUrls: string[];
  title: { en: string; ar: string };
  summary: { en: string; ar: string };
  outcome: { en: string; ar: string };
}

/** Everything the extension ships with. */
export interface Bundle {
  /** data/meta.json's version, e.g. "2026.11.1". */
  version: string;
  /** The "knowledge base as of" date, "YYYY-MM-DD". */
  asOf: string;
  companies: readonly CompanyRecord[];
  reports: readonly ReportRecord[];
}

// Eager: the worker needs the bundle on install, and the files are small (well under 1 MB together).
const parts = import.meta.glob<ReportRecord[]>('./reports/*.json', { eager: true, import: 'default' });

/** The bundled knowledge base. The JSON is checked against its format by tests/unit/background/bundle.test.ts. */
export const bundle: Bundle = {
  version: meta.version,
  asOf: meta.asOf,
  companies: companies as CompanyRecord[],
  reports: Object.values(parts)
    .flat()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
};
