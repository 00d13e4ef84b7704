/**
 * The background entry. Listeners are registered at the top level, synchronously: an MV3 worker is started
 * for an event and must have its listener in place before the first turn of the event loop ends.
 */
import browser from '../shared/browser';
import { createRouter, type Sender } from './router';
import { createTabStates } from './tab-state';
import { setBadge } from './badge';

const tabs = createTabStates(browser.storage.session);

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  content: {
    'page/config': () => ({ enabled: true, mode: 'data', mutedCompanies: [], corrections: [] }),
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

browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // Without the `tabs` permission the URL is not reported, but `status: 'loading'` is: a navigation.
  if (change.status === 'loading') void tabs.forget(tabId).then(() => setBadge(tabId, 0));
});
