/**
 * The background as the fuzz and forged-sender tests see it: the real router wired to the real knowledge-base
 * handlers on a fresh fake-indexeddb database, seeded with a bundle and some user data. The few handlers that
 * need a browser (tab actions, page extraction, tab state) are stubs that only record that they were reached.
 * Every handler call is recorded, so a test can prove that a refused message never reached one.
 */
import { bundle as realBundle, type Bundle } from '../../../data/bundle';
import { createConnection, type KbConnection } from '../../../src/background/db/connection';
import type { KbDb } from '../../../src/background/db/schema';
import { annotateArticle, saveArticle } from '../../../src/background/kb/articles';
import { addCorrection } from '../../../src/background/kb/corrections';
import { createKbHandlers } from '../../../src/background/kb/handlers';
import { addMute } from '../../../src/background/kb/mutes';
import { updateSettings } from '../../../src/background/kb/settings';
import { deleteArticle } from '../../../src/background/kb/trash';
import { addAlias, addCompany, userLexicon } from '../../../src/background/kb/user-companies';
import { createPageDetector, type PageDetector } from '../../../src/background/page-detect';
import { createRouter, type RouterOptions, type Sender } from '../../../src/background/router';
import type { Response } from '../../../src/shared/messages';
import { articleInput, freshIndexedDb } from '../background/kb/fixtures';
import { dumpDatabase } from './db-dump';

export const EXTENSION_ID = 'privacy-radar-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
/** The clock of the seeded data and of every handler. */
export const NOW = 1_750_000_000_000;

/** Senders the router must accept, per channel. */
export const senders = {
  /** The content script of a tab's top frame. */
  page: { id: EXTENSION_ID, url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 },
  /** The content script of a cross-origin sub-frame. */
  frame: { id: EXTENSION_ID, url: 'http://ads.example/frame.html', tab: { id: 3 }, frameId: 7 },
  /** The toolbar popup. */
  popup: { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/popup.html` },
  /** The library page, opened in a tab. */
  library: { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/library.html#/settings`, tab: { id: 12 } },
} satisfies Record<string, Sender>;

/** Senders that must never be trusted with popup (privileged) messages. */
export const untrustedPopupSenders: Record<string, Sender> = {
  'a content script (web page URL, in a tab)': senders.page,
  'a content script in a sub-frame': senders.frame,
  'a web page URL without a tab': { id: EXTENSION_ID, url: 'https://evil.example/' },
  'a web page whose path names our origin': {
    id: EXTENSION_ID,
    url: `https://evil.example/${EXTENSION_ORIGIN}src/popup/popup.html`,
    tab: { id: 4 },
  },
  'a look-alike extension origin': {
    id: EXTENSION_ID,
    url: `chrome-extension://${EXTENSION_ID}x/popup.html`,
  },
  'a file: page': { id: EXTENSION_ID, url: 'file:///home/user/page.html', tab: { id: 5 } },
  'no URL at all': { id: EXTENSION_ID },
  'another extension’s page': { id: 'evil-extension', url: 'chrome-extension://evil-extension/popup.html' },
  'another extension claiming our page URL': {
    id: 'evil-extension',
    url: `${EXTENSION_ORIGIN}src/popup/popup.html`,
  },
  'another extension’s content script': {
    id: 'evil-extension',
    url: 'https://news.example/a',
    tab: { id: 3 },
    frameId: 0,
  },
  'a sender without an id': { url: `${EXTENSION_ORIGIN}src/popup/popup.html` },
};

/** The user data the seeded database holds (the samples of message-samples.ts point at it). */
export const SEEDED = {
  articles: ['https://news.example/a', 'https://news.example/ب', 'https://blog.example/post?id=7'],
  /** Deleted after saving: it is in the trash, restorable. */
  trashed: 'https://old.example/gone',
  correction: { companyId: 'facebook', sentence: 'Facebook denied asking for data.' },
  userCompany: 'acme-data',
  alias: { companyId: 'facebook', lang: 'ar', alias: 'فيس بوك' },
  mutedCompany: 'google',
  mutedSite: 'example.org',
} as const;

/** Saved articles, mutes, corrections, settings, a user company with an alias, an article in the trash. */
export async function seedUserData(db: KbDb): Promise<void> {
  await updateSettings(db, { mode: 'all', paused: false });
  await addMute(db, { kind: 'company', value: SEEDED.mutedCompany }, NOW - 9_000);
  await addMute(db, { kind: 'site', value: `www.${SEEDED.mutedSite}` }, NOW - 8_000);
  await addCorrection(db, SEEDED.correction.companyId, SEEDED.correction.sentence, NOW - 7_000);
  await addCorrection(db, 'google', 'Google said it never saw the bank data.', NOW - 6_500);
  await addCompany(db, {
    name: 'Acme Data',
    parent: 'meta',
    aliases: { en: ['ACME'], ar: ['أكمي'] },
    domain: 'acme.example',
  });
  await addCompany(db, { name: 'Initech', kind: 'broker', aliases: { en: [], ar: [] } });
  await addAlias(db, SEEDED.alias, NOW - 6_000);
  await addAlias(db, { companyId: SEEDED.userCompany, lang: 'en', alias: 'Acme Inc' }, NOW - 5_500);
  await saveArticle(db, articleInput(SEEDED.articles[0]), NOW - 5_000);
  await saveArticle(
    db,
    articleInput(SEEDED.articles[1], { lang: 'ar', title: '=HYPERLINK("x")' }),
    NOW - 4_000,
  );
  await saveArticle(
    db,
    articleInput(SEEDED.articles[2], { published: null, text: 'Acme Data sold location data. '.repeat(200) }),
    NOW - 3_000,
  );
  await annotateArticle(
    db,
    SEEDED.articles[0],
    { tags: ['banks', 'finance'], note: 'a "quoted"\nnote' },
    NOW - 2_000,
  );
  await saveArticle(db, articleInput(SEEDED.trashed), NOW - 1_500);
  await deleteArticle(db, SEEDED.trashed, NOW - 1_000);
}

/** A Map-backed `storage.session` (the tab states the rescan reads). */
function fakeSession() {
  const items = new Map<string, unknown>([
    ['tab:3', { url: 'https://news.example/a', title: 'A', frames: {}, scannedAt: 1 }],
    ['tab:12', { url: 'https://b.example/', title: 'B', frames: {}, scannedAt: 1 }],
  ]);
  return {
    items,
    get: async (keys: string | null) =>
      keys === null ? Object.fromEntries(items) : items.has(keys) ? { [keys]: items.get(keys) } : {},
  };
}

/** Wraps every handler of `handlers` so that each call is recorded in `calls` (as `channel:type`). */
function recorded<H extends object>(channel: string, handlers: H, calls: string[]): H {
  const wrapped: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[type] = (...args: unknown[]) => {
      calls.push(`${channel}:${type}`);
      return handler(...args);
    };
  }
  return wrapped as H;
}

/** A handler this test does not wire to a browser: reached, it says so. */
const notWired = (): never => {
  throw new Error('not wired in this test');
};

export interface KbWorld {
  connection: KbConnection;
  db: () => Promise<KbDb>;
  route: (message: unknown, sender: Sender) => Promise<Response<unknown>>;
  /** Every handler call, as `channel:type`. */
  calls: string[];
  /** Tabs asked to rescan (a change that alters what pages show). */
  rescans: number[];
  /** A dump of the whole database (see db-dump.ts). */
  dump: () => Promise<string>;
  /** The background's page detector, wired to these handlers as in the background. */
  detector: PageDetector;
}

/** A fresh database seeded with `bundle` (the real one by default) and {@link seedUserData}, and its router. */
export async function createKbWorld(options: { bundle?: Bundle; seed?: boolean } = {}): Promise<KbWorld> {
  freshIndexedDb();
  const connection = createConnection({ bundle: options.bundle ?? realBundle, now: () => NOW });
  const db = () => connection.db();
  if (options.seed ?? true) await seedUserData(await db());
  const calls: string[] = [];
  const rescans: number[] = [];
  const session = fakeSession();
  // The background's detector, on the same database: a user's company is detected once added.
  const detector = createPageDetector(async () => userLexicon(await db()));
  const kb = createKbHandlers({
    connection,
    onCompaniesChange: () => detector.invalidate(),
    tabs: { get: async () => null },
    activeTabId: async () => 3,
    session,
    sendRescan: async (tabId) => void rescans.push(tabId),
    storage: { persisted: async () => true, estimate: async () => ({ usage: 1_000, quota: 1_000_000 }) },
    now: () => NOW,
  });
  const content = {
    ...kb.content,
    'page/detect': async ({ windows }) => detector.detect(windows),
    'page/save': notWired,
    'page/scanned': notWired,
  } satisfies RouterOptions['content'];
  const popup = {
    ...kb.popup,
    'tab/state': notWired,
    'tab/open-mention': notWired,
    'tab/save': notWired,
  } satisfies RouterOptions['popup'];
  const route = createRouter({
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    content: recorded('content', content, calls),
    popup: recorded('popup', popup, calls),
  });
  return { connection, db, route, calls, rescans, detector, dump: async () => dumpDatabase(await db()) };
}
