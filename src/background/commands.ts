/**
 * Keyboard commands and the page's context menu. Registered at the top level of the worker; the menu item is
 * (re)created on install only, as the menus API keeps it across worker restarts.
 */
import browser from '../shared/browser';
import type { BackgroundToContent, RequestOf } from '../shared/messages';
import { sendToTab } from '../shared/messaging';

const SAVE_MENU_ID = 'privacy-radar-save';

type SaveTab = (tabId: number) => Promise<{ article: { title: string }; created: boolean }>;

/**
 * Saves the tab and tells its page how it went: the keyboard command and the context menu have no UI of their
 * own, and a save that fails in silence is a save the user thinks they have. (A page with no content script,
 * such as the browser's own pages, cannot be told; the context menu is not offered there.)
 */
export async function saveAndNotify(tabId: number, saveTab: SaveTab): Promise<void> {
  let notice: RequestOf<BackgroundToContent, 'save/notice'>;
  try {
    const { article, created } = await saveTab(tabId);
    notice = { ok: true, created, title: article.title.slice(0, 1_000) };
  } catch (error) {
    notice = { ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 1_000) };
  }
  await sendToTab(tabId, 'save/notice', notice).catch(() => undefined);
}

export function registerCommands({ saveTab }: { saveTab: SaveTab }): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'next-mention') void sendToTab(tabId, 'mention/step', { direction: 1 });
    else if (command === 'previous-mention') void sendToTab(tabId, 'mention/step', { direction: -1 });
    else if (command === 'save-article') void saveAndNotify(tabId, saveTab);
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: browser.i18n.getMessage('commandSave'),
        contexts: ['page', 'selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void saveAndNotify(tab.id, saveTab);
  });
}
