/**
 * The knowledge base's message handlers, for the router. Each handler opens the database through the lazy
 * connection, does its work in its own transaction, and answers once that transaction is done. Changes that
 * alter what pages show (settings, mutes, corrections, companies, imports) ask the known tabs to rescan.
 */
import type { RouterOptions } from '../router';
import type { TabStates } from '../tab-state';
import type { KbConnection } from '../db/connection';
import { annotateArticle, getArticle, saveArticle } from './articles';
import { listArticles } from './article-list';
import { exportBackup } from './backup/export';
import { importBackup } from './backup/import';
import { addCorrection, listCorrections, removeCorrection } from './corrections';
import { kbInfo } from './info';
import { addMute, listMutes, removeMute } from './mutes';
import { pageConfig } from './page-config';
import { pageSummary } from './page-summary';
import { relatedFor } from './related-reporting';
import { rescanKnownTabs, type SendRescan, type SessionKeys } from './rescan';
import { getSettings, updateSettings } from './settings';
import type { StorageLike } from './storage-status';
import { deleteArticle, restoreArticle } from './trash';
import { addAlias, addCompany, listUserAdditions, removeAlias, removeCompany } from './user-companies';

/** What the handlers need from the background: all of it injected, so tests pass fakes. */
export interface KbDeps {
  connection: KbConnection;
  tabs: Pick<TabStates, 'get'>;
  activeTabId: () => Promise<number | undefined>;
  session: SessionKeys;
  sendRescan: SendRescan;
  storage: StorageLike | undefined;
  now?: () => number;
  /**
   * The user's companies or aliases changed (added, removed, or an import that wrote any data): what detection
   * reads. Mutes, corrections, settings and saved articles change only what pages show, not what is detected.
   */
  onCompaniesChange?: () => void;
}

type SharedMessage = 'article/save' | 'related/get' | 'mute/add' | 'correction/add';
/** The content messages answered here (others, like 'page/scanned', are the tab state's). */
export type KbContentMessage = SharedMessage | 'page/config';
/** The popup messages answered here. */
export type KbPopupMessage =
  | SharedMessage
  | 'page/summary'
  | 'articles/list'
  | 'article/get'
  | 'article/annotate'
  | 'article/delete'
  | 'article/restore'
  | 'settings/get'
  | 'settings/set'
  | 'mutes/list'
  | 'mute/remove'
  | 'corrections/list'
  | 'correction/remove'
  | 'companies/user'
  | 'company/add'
  | 'company/remove'
  | 'alias/add'
  | 'alias/remove'
  | 'backup/export'
  | 'backup/import'
  | 'kb/info';
type ContentHandlers = Pick<RouterOptions['content'], KbContentMessage>;
type PopupHandlers = Pick<RouterOptions['popup'], KbPopupMessage>;

/** The handlers of every knowledge-base message, per channel. */
export function createKbHandlers(deps: KbDeps): { content: ContentHandlers; popup: PopupHandlers } {
  const db = () => deps.connection.db();
  const now = deps.now ?? Date.now;
  // Not awaited: the answer must not wait for every tab to rescan. A worker stopped meanwhile only skips it.
  const changed = <T>(value: T, didChange = true): T => {
    if (!didChange) return value;
    void rescanKnownTabs(deps.session, deps.sendRescan).catch(() => undefined);
    return value;
  };
  // A change to what detection reads: the detector recompiles, then open pages rescan as for any change.
  const companiesChanged = <T>(value: T, didChange = true): T => {
    if (didChange) deps.onCompaniesChange?.();
    return changed(value, didChange);
  };

  const shared = {
    // A saved article is related reporting at once: open pages re-check which companies have reporting, and
    // open cards reload their lists.
    'article/save': async (p) => changed(await saveArticle(await db(), p, now())),
    'related/get': async (p) => ({
      results: await relatedFor(await db(), p.mentions, p.pageUrl, p.limit ?? 5),
    }),
    'mute/add': async (p) => {
      const result = await addMute(await db(), p, now());
      return changed(result, result.created);
    },
    'correction/add': async (p) => {
      const result = await addCorrection(await db(), p.companyId, p.sentence, now());
      return changed(result, result.created);
    },
  } satisfies Partial<ContentHandlers> & Partial<PopupHandlers>;

  const content: ContentHandlers = {
    ...shared,
    'page/config': async (p) => pageConfig(await db(), p.url),
  };

  const popup: PopupHandlers = {
    ...shared,
    'page/summary': async (p) => {
      const tabId = p.tabId ?? (await deps.activeTabId());
      if (tabId === undefined) throw new Error('no active tab');
      return pageSummary(await db(), tabId, await deps.tabs.get(tabId));
    },
    'articles/list': async (p) => listArticles(await db(), p),
    'article/get': async (p) => ({ article: await getArticle(await db(), p.url) }),
    'article/annotate': async (p) => ({
      article: await annotateArticle(await db(), p.canonicalUrl, p, now()),
    }),
    'article/delete': async (p) => ({ deleted: await deleteArticle(await db(), p.canonicalUrl, now()) }),
    'article/restore': async (p) => ({ article: await restoreArticle(await db(), p.canonicalUrl) }),
    'settings/get': async () => getSettings(await db()),
    'settings/set': async (p) => changed(await updateSettings(await db(), p)),
    'mutes/list': async () => ({ mutes: await listMutes(await db()) }),
    'mute/remove': async (p) => {
      const removed = await removeMute(await db(), p);
      return changed({ removed }, removed);
    },
    'corrections/list': async () => ({ corrections: await listCorrections(await db()) }),
    'correction/remove': async (p) => {
      const removed = await removeCorrection(await db(), p.fingerprint);
      return changed({ removed }, removed);
    },
    'companies/user': async () => listUserAdditions(await db()),
    'company/add': async (p) => companiesChanged({ company: await addCompany(await db(), p) }),
    'company/remove': async (p) => {
      const removed = await removeCompany(await db(), p.companyId);
      return companiesChanged({ removed }, removed);
    },
    'alias/add': async (p) => {
      const result = await addAlias(await db(), p, now());
      return companiesChanged(result, result.created);
    },
    'alias/remove': async (p) => {
      const removed = await removeAlias(await db(), p);
      return companiesChanged({ removed }, removed);
    },
    'backup/export': async () => exportBackup(await db(), now()),
    'backup/import': async (p) => {
      const report = await importBackup(await db(), p.text, p.dryRun);
      return companiesChanged(report, report.written);
    },
    'kb/info': async () => kbInfo(await db(), deps.storage),
  };
  return { content, popup };
}
