/**
 * Keyboard commands and the page's context menu. Registered at the top level of the worker; the menu item is
 * (re)created on install only, as the menus API keeps it across worker restarts.
 */
import browser from '../shared/browser';
import { sendToTab } from '../shared/messaging';

const SAVE_MENU_ID = 'privacy-radar-save';

export function registerCommands({ saveTab }: { saveTab(tabId: number): Promise<unknown> }): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'next-mention') void sendToTab(tabId, 'mention/step', { direction: 1 });
    else if (command === 'previous-mention') void sendToTab(tabId, 'mention/step', { direction: -1 });
    else if (command === 'save-article') void saveTab(tabId).catch(() => undefined);
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
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined)
      void saveTab(tab.id).catch(() => undefined);
  });
}
