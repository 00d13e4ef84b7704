import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { waitForHighlights } from './support/page-state';

describe.skipIf(skipChromium)('foundation in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** The id of the tab whose scan the background recorded for `url` (read from its session storage). */
  async function tabIdFor(url: string): Promise<number> {
    for (let i = 0; i < 100; i++) {
      const entries = (await ext.worker.evaluate(() => chrome.storage.session.get(null))) as Record<
        string,
        { url: string }
      >;
      const hit = Object.entries(entries).find(([, v]) => v.url === url);
      if (hit) return Number(hit[0].slice('tab:'.length));
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the background never recorded a scan of ${url}`);
  }

  it('runs the content script on a local page and reports the scan to the background', async () => {
    const page = await ext.context.newPage();
    const url = server.url('/story-en.html');
    await page.goto(url);
    // The page is annotated in slices: wait for the name, not for the first highlight (another may come first).
    const highlights = await waitForHighlights(
      page,
      (h) => h['privacy-radar-data']?.includes('Facebook') ?? false,
    );
    expect(highlights['privacy-radar-data']).toContain('Facebook');
    const tabId = await tabIdFor(url);
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });

  it('renders the popup for a tab, with the page summary from the background', async () => {
    const page = await ext.context.newPage();
    const url = server.url('/story-en.html');
    await page.goto(url);
    await waitForHighlights(page, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const tabId = await tabIdFor(url);
    const popup = await ext.context.newPage();
    await popup.goto(ext.extensionUrl(`src/popup/popup.html?tab=${tabId}`));
    await popup.locator('[data-company="facebook"]').waitFor();
    expect(await popup.locator('h1').textContent()).toBe('Privacy Radar');
    await popup.close();
    await page.close();
  });

  it('rejects malformed and forged messages with an error response and keeps serving', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.extensionUrl('src/popup/popup.html'));
    const replies = await popup.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return {
        garbage: await send({ hello: 'world' }),
        unknownType: await send({ channel: 'popup', type: 'nope', payload: {} }),
        wrongShape: await send({ channel: 'popup', type: 'tab/state', payload: { tabId: 'x' } }),
        // An extension page pretending to be a content script: content messages must come from a tab.
        forgedContent: await send({ channel: 'content', type: 'page/scanned', payload: {} }),
        stillServing: await send({ channel: 'popup', type: 'tab/state', payload: { tabId: 999999 } }),
      };
    });
    expect(replies.garbage).toMatchObject({ ok: false, error: expect.stringMatching(/malformed/) });
    expect(replies.unknownType).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown message type/),
    });
    expect(replies.wrongShape).toMatchObject({
      ok: false,
      error: expect.stringMatching(/invalid tab\/state/),
    });
    expect(replies.forgedContent).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(replies.stillServing).toEqual({ ok: true, value: { tabId: 999999, state: null } });
    await popup.close();
  });

  it('loads with no errors on the extensions page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome://extensions/?errors=${ext.extensionId}`);
    const errors = await page.evaluate(
      (id) =>
        new Promise<unknown[]>((resolve) =>
          // chrome.developerPrivate is available to chrome://extensions itself.
          (
            globalThis as unknown as {
              chrome: {
                developerPrivate: {
                  getExtensionInfo(
                    id: string,
                    cb: (info: { runtimeErrors: unknown[]; manifestErrors: unknown[] }) => void,
                  ): void;
                };
              };
            }
          ).chrome.developerPrivate.getExtensionInfo(id, (info) =>
            resolve([...info.runtimeErrors, ...info.manifestErrors]),
          ),
        ),
      ext.extensionId,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
