/**
 * The knowledge base's IndexedDB schema, current version. Bundled rows (companies, reports) are replaced when a
 * new bundle ships; everything else is the user's and is only ever changed by the user.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ReportRecord } from '../../../data/bundle';
import type { CompanyRecord } from '../../core';
import type { ArticleMeta, Correction, Mute, Settings, UserAlias } from '../../shared/messages';

export const DB_NAME = 'privacy-radar';
/** 1: first schema. 2: article texts moved out of `articles`; `trash` for undoing deletes. */
export const DB_VERSION = 2;

/** Where a company row came from: the bundle (replaced on update) or the user (never touched by updates). */
export type Origin = 'bundled' | 'user';

export type StoredCompany = CompanyRecord & { origin: Origin };
export type StoredReport = ReportRecord & { origin: 'bundled' };
export interface StoredText {
  canonicalUrl: string;
  text: string;
}
export interface TrashedArticle {
  canonicalUrl: string;
  article: ArticleMeta;
  text: string;
  deletedAt: number;
}
export interface StoredSettings extends Settings {
  key: 'user';
}
/** The bundle the database holds; `revision` changes whenever the bundled data does. */
export interface BundleMark {
  key: 'bundle';
  version: string;
  asOf: string;
  revision: string;
  seededAt: number;
}

export interface KbSchema extends DBSchema {
  meta: { key: string; value: BundleMark };
  companies: { key: string; value: StoredCompany; indexes: { byOrigin: string; byParent: string } };
  aliases: { key: [string, string, string]; value: UserAlias; indexes: { byCompany: string } };
  reports: {
    key: string;
    value: StoredReport;
    indexes: { byCompany: string; byDataType: string; byDate: string };
  };
  /** Saved articles without their text, so that listing and linking never read megabytes of text. */
  articles: {
    key: string;
    value: ArticleMeta;
    indexes: { byUrl: string; bySavedAt: number; byCompany: string; bySite: string; byTag: string };
  };
  articleTexts: { key: string; value: StoredText };
  trash: { key: string; value: TrashedArticle; indexes: { byDeletedAt: number } };
  settings: { key: string; value: StoredSettings };
  mutes: { key: [string, string]; value: Mute; indexes: { byCreatedAt: number } };
  corrections: {
    key: string;
    value: Correction;
    indexes: { byCompany: string; byCreatedAt: number };
  };
}

export type KbDb = IDBPDatabase<KbSchema>;
export type KbStore = StoreNames<KbSchema>;
export type KbTx<S extends KbStore[], M extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<
  KbSchema,
  S,
  M
>;

/** The stores that hold what the user owns: exported, imported, and never touched by bundle updates. */
export const USER_STORES = [
  'settings',
  'mutes',
  'corrections',
  'companies',
  'aliases',
  'articles',
  'articleTexts',
] as const satisfies KbStore[];

export const DEFAULT_SETTINGS: Settings = { mode: 'data', paused: false };
