/**
 * The background entry. Listeners are registered at the top level, synchronously: an MV3 worker is started
 * for an event and must have its listener in place before the first turn of the event loop ends.
 */
import { bundle } from '../../data/bundle';
import browser from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { createRouter, type Sender } from './router';
import { createTabStates } from './tab-state';
import { setBadge } from './badge';
import { createConnection } from './db/connection';
import { createKbHandlers } from './kb/handlers';
import { userLexicon } from './kb/user-companies';
import { createPageDetector } from './page-detect';
import { requestPersistence } from './kb/storage-status';
import { createTabSaver, extractInTab } from './save-tab';
import { defaultParser } from './article-parser';
import { registerCommands } from './commands';
import { tabActionHandlers } from './tab-actions';

const tabs = createTabStates(browser.storage.session);
// Opens nothing yet: the database is opened (and migrated, and seeded) by the first message that needs it.
const connection = createConnection({ bundle });
// The user's companies are read when the lexicon is compiled; any change of the user's data compiles it again.
const detector = createPageDetector(async () => userLexicon(await connection.db()));
const kb = createKbHandlers({
  connection,
  onCompaniesChange: () => detector.invalidate(),
  tabs,
  activeTabId,
  session: browser.storage.session,
  sendRescan: (tabId) => sendToTab(tabId, 'page/rescan', {}),
  storage: globalThis.navigator?.storage,
});

const parser = defaultParser();
const saveTab = createTabSaver({
  extract: (tabId) => extractInTab(tabId, parser),
  save: async (input) => kb.content['article/save'](input, { tabId: undefined, frameId: undefined }),
  lexicon: () => detector.lexicon(),
});

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  content: {
    ...kb.content,
    'page/save': async (_payload, sender) => {
      if (sender.tabId === undefined) throw new Error('no tab');
      return saveTab(sender.tabId);
    },
    'page/detect': async ({ windows }) => detector.detect(windows),
    'page/scanned': async (payload, sender) => {
      if (sender.tabId === undefined) throw new Error('no tab');
      const state = await tabs.record(sender.tabId, sender.frameId ?? 0, {
        url: payload.url,
        title: payload.title,
        mentions: payload.frameMentions,
      });
      await setBadge(sender.tabId, state.dataCount);
      return { dataCount: state.dataCount };
    },
  },
  popup: {
    ...kb.popup,
    ...tabActionHandlers,
    'tab/save': ({ tabId }) => saveTab(tabId),
    'tab/state': async (payload) => {
      const tabId = payload.tabId ?? (await activeTabId());
      if (tabId === undefined) throw new Error('no active tab');
      return { tabId, state: await tabs.get(tabId) };
    },
  },
});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(message, sender));
registerCommands({ saveTab });

// Install and update: load the (new) bundle now rather than on the first hover, and ask to keep our storage.
browser.runtime.onInstalled.addListener(() => {
  void connection.db().catch(() => undefined);
  void requestPersistence(globalThis.navigator?.storage);
});

browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // Without the `tabs` permission the URL is not reported, but `status: 'loading'` is: a navigation.
  if (change.status === 'loading') void tabs.forget(tabId).then(() => setBadge(tabId, 0));
});
