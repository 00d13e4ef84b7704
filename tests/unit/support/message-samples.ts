/**
 * One valid payload for every message type of every contract. The tables are typed by the contracts, so a new
 * message type fails to compile until it has a sample here (and with it, fuzzing and forged-sender coverage).
 * Payloads of privileged messages point at the data of kb-world.ts's seeded database, so that a privileged
 * message that got through would change it.
 */
import { sentenceFingerprint } from '../../../src/core/fingerprint';
import type {
  BackgroundToContent,
  ContentToBackground,
  ContractMap,
  PopupToBackground,
  RequestOf,
} from '../../../src/shared/messages';
import type { PageMention } from '../../../src/shared/schemas';
import { articleInput } from '../background/kb/fixtures';
import { SEEDED } from './kb-world';

type Samples<C extends ContractMap> = { [K in keyof C & string]: RequestOf<C, K> };

const mention: PageMention = {
  id: 0,
  companyId: 'facebook',
  alias: 'Facebook',
  kind: 'data',
  action: 'requested',
  dataTypes: ['financial'],
  counterparties: ['banks'],
  evidence: ['asked'],
  sentence: 'Facebook asked banks for data.',
  lang: 'en',
};

/** A backup that adds one mute (a valid file for 'backup/import'). */
export const SMALL_BACKUP = JSON.stringify({
  format: 'privacy-radar-backup',
  version: 1,
  exportedAt: '2026-11-29T00:00:00.000Z',
  settings: { mode: 'data', paused: true },
  mutes: [{ kind: 'company', value: 'amazon', createdAt: 1 }],
  corrections: [],
  companies: [],
  aliases: [],
  articles: [],
});

const shared = {
  'article/save': articleInput('https://news.example/new', { published: '2025-01-02T03:04:05Z' }),
  'related/get': {
    mentions: [{ companyId: 'facebook', action: 'requested', dataTypes: ['financial'] }],
    pageUrl: 'https://news.example/p',
    limit: 5,
  },
  'mute/add': { kind: 'site', value: 'tracker.example' },
  'correction/add': { companyId: 'google', sentence: 'Google did not ask for anything.' },
} satisfies Partial<Samples<ContentToBackground>> & Partial<Samples<PopupToBackground>>;

export const contentSamples: Samples<ContentToBackground> = {
  ...shared,
  'page/save': {},
  'page/config': { url: 'https://news.example/a' },
  'page/detect': {
    windows: [{ text: "Facebook asked banks for customers' financial data.", known: ['apple'] }],
  },
  'page/scanned': { url: 'https://news.example/a', title: 'A page', frameMentions: [mention] },
};

export const popupSamples: Samples<PopupToBackground> = {
  ...shared,
  'tab/state': { tabId: 3 },
  'page/summary': { tabId: 3 },
  'articles/list': {
    offset: 0,
    limit: 20,
    query: 'banks',
    companyId: 'facebook',
    tag: 'banks',
    site: 'news.example',
    lang: 'en',
  },
  'article/get': { url: SEEDED.articles[0] },
  'article/annotate': { canonicalUrl: SEEDED.articles[0], tags: ['changed'], note: 'changed' },
  'article/delete': { canonicalUrl: SEEDED.articles[0] },
  'article/restore': { canonicalUrl: SEEDED.trashed },
  'settings/get': {},
  'settings/set': { mode: 'off', paused: true },
  'mutes/list': {},
  'mute/remove': { kind: 'company', value: SEEDED.mutedCompany },
  'corrections/list': {},
  'correction/remove': {
    fingerprint: sentenceFingerprint(SEEDED.correction.companyId, SEEDED.correction.sentence),
  },
  'companies/user': {},
  'company/add': {
    name: 'Globex',
    kind: 'broker',
    parent: 'alphabet',
    aliases: { en: ['Globex Corp'], ar: ['جلوبكس'] },
    domain: 'globex.example',
  },
  'company/remove': { companyId: SEEDED.userCompany },
  'alias/add': { companyId: 'google', lang: 'en', alias: 'Googol' },
  'alias/remove': { ...SEEDED.alias },
  'backup/export': {},
  'backup/import': { text: SMALL_BACKUP, dryRun: false },
  'kb/info': {},
  'tab/open-mention': { tabId: 3, mentionId: 0 },
  'tab/save': { tabId: 3 },
};

export const backgroundSamples: Samples<BackgroundToContent> = {
  'page/rescan': {},
  'mention/step': { direction: 1 },
  'page/save': {},
  'mention/open': { id: 0 },
  'save/notice': { ok: true, created: true, title: 'فيسبوك طلبت من البنوك <b>بيانات</b>' },
};
