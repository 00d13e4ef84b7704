/** Sends contract messages from one of our own extension pages, as the popup does. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

export async function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('src/popup/popup.html'));
  return page;
}

/** `{channel: 'popup', type, payload}` sent with `runtime.sendMessage` from `page`; returns the raw reply. */
export async function sendPopup<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  return (await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ channel: 'popup', type: t, payload: p }),
    [type, payload] as const,
  )) as T;
}

/** The id of the tab showing `url`, asked of the background's own view of the tabs. */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    // The worker now running: tests stop it on purpose, and a stopped worker's handle answers no more.
    const worker = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId)) ?? ext.worker;
    const id = await worker
      .evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url)
      .catch((error: unknown) => {
        // Restarted under the call (a message woke it): ask again.
        if (/restarted|closed|destroyed/i.test(String(error))) return undefined;
        throw error;
      });
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}
