import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, launchPlainChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import {
  waitForHighlights,
  waitForStableHighlights,
  READ_HIGHLIGHTS,
  type HighlightTexts,
} from './support/page-state';
import { clickCardButton, highlightCenter, waitForCard } from './support/card';
import { extensionPage, sendPopup, tabIdOf } from './support/extension-page';

const data = (h: HighlightTexts) => h['privacy-radar-data'] ?? [];

describe.skipIf(skipChromium)('in-page annotation in Chromium', () => {
  let ext: ExtensionBrowser;
  let plain: BrowserContext;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchChromium();
    plain = await launchPlainChromium();
  });
  afterAll(async () => {
    await plain?.close();
    await ext?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await ext.context.newPage();
    // Not 'load': the saved real pages reference hosts that do not resolve here, and waiting for them is slow.
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** The page's serialised HTML in a browser without the extension. */
  async function htmlWithout(path: string): Promise<string> {
    const page = await plain.newPage();
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(500);
    const html = await page.content();
    await page.close();
    return html;
  }

  const cases: [string, string[], string[]][] = [
    ['/seed-ar.html', ['فيسبوك'], []],
    ['/story-en.html', ['Facebook'], ['Apple', 'Amazon']],
    ['/pages/aclu.html', ['Facebook'], []],
  ];
  it.each(cases)(
    'highlights data requests on %s and leaves its HTML byte-identical',
    async (path, expected, never) => {
      const page = await open(path);
      // The scan runs in slices: the first highlights can come before the rest. Wait for the expected ones,
      // then for the scan to settle, and check the settled state (the "never" list included).
      await waitForHighlights(page, (x) => expected.every((name) => data(x).includes(name)));
      const h = await waitForStableHighlights(page);
      for (const name of expected) expect(data(h)).toContain(name);
      for (const name of never) expect([...data(h), ...(h['privacy-radar-plain'] ?? [])]).not.toContain(name);
      expect(await page.content()).toBe(await htmlWithout(path));
      await page.close();
    },
  );

  it.each(['/pages/seattletimes-1.html', '/pages/google-sre-book-1.html', '/pages/engadget.html'])(
    'does not highlight plain company mentions on %s by default',
    async (path) => {
      const page = await open(path);
      await page.waitForTimeout(1500);
      const h = (await page.evaluate(READ_HIGHLIGHTS)) as HighlightTexts;
      expect(h['privacy-radar-data']).toEqual([]);
      expect(h['privacy-radar-plain']).toEqual([]);
      await page.close();
    },
  );

  it('opens the card on hover with the 2018 bank report for the seed’s Facebook mention, in Arabic', async () => {
    const page = await open('/seed-ar.html');
    await waitForHighlights(page, (x) => data(x).length > 0);
    const { x, y } = await highlightCenter(page, 'privacy-radar-data', 0);
    await page.mouse.move(x, y);
    const card = await waitForCard(page, (c) => c.relatedIds.length > 0);
    expect(card.dir).toBe('rtl');
    expect(card.text).toContain('فيسبوك');
    // The parent, in Arabic: the page never names it, the background's label of Facebook does.
    expect(card.text).toContain('تابعة لـميتا');
    expect(card.relatedIds[0]).toBe('FB-BANKS-WSJ-2018');
    const focus = (await page.evaluate(READ_HIGHLIGHTS)) as HighlightTexts;
    expect(focus['privacy-radar-focus']).toHaveLength(1);
    await page.keyboard.press('Escape');
    await waitForCard(page, (c) => c.text === null);
    expect(await page.content()).toBe(await htmlWithout('/seed-ar.html'));
    await page.close();
  });

  it('jumps to the next mention on the keyboard command and opens its card', async () => {
    const page = await open('/story-en.html');
    await waitForHighlights(page, (x) => data(x).length > 0);
    const tabId = await ext.worker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id;
    }, server.url('/story-en.html'));
    expect(tabId).toBeDefined();
    // What the "next-mention" command sends (the shortcut itself is the browser's: not scriptable headless).
    await ext.worker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, {
          channel: 'background',
          type: 'mention/step',
          payload: { direction: 1 },
        }),
      tabId!,
    );
    const card = await waitForCard(page, (c) => c.text !== null);
    expect(card.text).toContain('Facebook');
    expect(card.text).toContain('part of Meta');
    expect(card.dir).toBe('ltr');
    await page.close();
  });

  it('"not a data request" and mute take effect at once', async () => {
    const page = await open('/pages/aclu.html');
    await waitForHighlights(page, (x) => data(x).length > 3);
    const before = data(await waitForStableHighlights(page));
    let point = await highlightCenter(page, 'privacy-radar-data', 1);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, (c) => c.text !== null);
    await clickCardButton(page, 'Not a data request');
    await waitForHighlights(page, (x) => data(x).length === before.length - 1);
    const afterCorrection = data(await waitForStableHighlights(page));
    expect(afterCorrection.length).toBe(before.length - 1);

    const google = afterCorrection.indexOf('Google');
    point = await highlightCenter(page, 'privacy-radar-data', google >= 0 ? google : 0);
    const muted = google >= 0 ? 'Google' : afterCorrection[0]!;
    await page.mouse.move(0, 0);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, (c) => c.text?.includes(muted) ?? false);
    await clickCardButton(page, `Mute`);
    const afterMute = data(await waitForHighlights(page, (x) => !data(x).includes(muted)));
    expect(afterMute).not.toContain(muted);
    await page.close();

    // The correction and the mute hold on the next visit too.
    const again = await open('/pages/aclu.html');
    await waitForHighlights(again, (x) => data(x).length > 0);
    const next = data(await waitForStableHighlights(again));
    expect(next).not.toContain(muted);
    expect(next.length).toBeLessThan(before.length);
    await again.close();
    // Undo, so later tests see the defaults.
    await ext.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('privacy-radar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const names = [...db.objectStoreNames].filter((n) => n === 'mutes' || n === 'corrections');
      const tx = db.transaction(names, 'readwrite');
      for (const n of names) tx.objectStore(n).clear();
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    });
  });

  it('highlights a company the user adds at once on an open page, and stops when it is removed', async () => {
    server.page(
      '/user-company.html',
      '<!doctype html><html lang="en"><body><p>Zorblax Analytics collected location data from millions ' +
        'of phones, a regulator said.</p><p>Facebook asked banks for customers’ financial data.</p></body></html>',
    );
    const page = await open('/user-company.html');
    await waitForHighlights(page, (x) => data(x).includes('Facebook'));
    expect(data(await waitForStableHighlights(page))).toEqual(['Facebook']);
    const settings = await extensionPage(ext);
    const added = await sendPopup<{ ok: boolean }>(settings, 'company/add', {
      name: 'Zorblax Analytics',
      aliases: { en: [], ar: [] },
    });
    expect(added.ok).toBe(true);
    // No reload: the background detects with the new company, and the open page reads itself again.
    await waitForHighlights(page, (x) => data(x).includes('Zorblax Analytics'));
    expect(data(await waitForStableHighlights(page)).sort()).toEqual(['Facebook', 'Zorblax Analytics']);
    // Saving the page reads it with the same lexicon: the article names the user's company too.
    const tabId = await tabIdOf(ext, server.url('/user-company.html'));
    const saved = await sendPopup<{ ok: boolean; value: { article: { canonicalUrl: string } } }>(
      settings,
      'tab/save',
      {
        tabId,
      },
    );
    expect(saved.ok).toBe(true);
    const url = saved.value.article.canonicalUrl;
    const got = await sendPopup<{ ok: boolean; value: { article: { detections: { companies: string[] } } } }>(
      settings,
      'article/get',
      { url },
    );
    expect(got).toMatchObject({ ok: true });
    expect(got.value.article.detections.companies.sort()).toEqual(['facebook', 'zorblax-analytics']);
    expect(await sendPopup(settings, 'article/delete', { canonicalUrl: url })).toMatchObject({ ok: true });
    const removed = await sendPopup<{ ok: boolean }>(settings, 'company/remove', {
      companyId: 'zorblax-analytics',
    });
    expect(removed.ok).toBe(true);
    await waitForHighlights(page, (x) => !data(x).includes('Zorblax Analytics'));
    expect(data(await waitForStableHighlights(page))).toEqual(['Facebook']);
    await settings.close();
    await page.close();
  });

  it('follows an infinite-scroll feed and SPA navigation, dropping what left the page', async () => {
    server.page(
      '/feed.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>feed</title></head><body><main id="feed"><p>Weather news only.</p></main></body></html>`,
    );
    const page = await open('/feed.html');
    await page.waitForTimeout(800);
    expect(data((await page.evaluate(READ_HIGHLIGHTS)) as HighlightTexts)).toEqual([]);
    await page.evaluate(() => {
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent =
          i % 10 === 0
            ? `Google collected location data from millions of phones (${i}).`
            : `Plain item ${i}.`;
        document.getElementById('feed')!.append(p);
      }
    });
    await waitForHighlights(page, (x) => data(x).length === 5);
    // An SPA route change: the old content goes, new content comes, the URL changes with pushState.
    await page.evaluate(() => {
      history.pushState({}, '', '/feed.html?route=2');
      const main = document.getElementById('feed')!;
      main.replaceChildren();
      const p = document.createElement('p');
      p.append(
        'Face',
        Object.assign(document.createElement('b'), { textContent: 'book' }),
        ' asked banks to share customers’ card transactions.',
      );
      main.append(p);
    });
    const h = await waitForHighlights(page, (x) => data(x).length === 1);
    expect(data(h)).toEqual(['Facebook']);
    await page.close();
  });

  it('after a storm of DOM edits (observer paused), still follows what was added and removed meanwhile', async () => {
    server.page(
      '/storm.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>storm</title></head><body><p id="old">Amazon shared recordings from its Ring cameras with police without a warrant.</p><div id="rows"></div></body></html>`,
    );
    const page = await open('/storm.html');
    await waitForHighlights(page, (x) => data(x).length === 1);
    // Thousands of insertions and removals in one task: the observer stops for a while.
    await page.evaluate(() => {
      const rows = document.getElementById('rows')!;
      const made = [];
      for (let i = 0; i < 3000; i++) made.push(rows.appendChild(document.createElement('div')));
      for (const d of made) d.remove();
    });
    // Changes made after the storm's own rescan, while nothing observes the page (the pause is ≥ 1 s).
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      document.getElementById('old')!.remove();
      const p = document.createElement('p');
      p.textContent = 'Google collected location data from millions of phones even when the setting was off.';
      document.body.append(p);
    });
    const h = await waitForHighlights(page, (x) => data(x).length === 1 && data(x)[0] === 'Google');
    expect(data(h)).toEqual(['Google']);
    await page.close();
  });

  it('works the same on a page with a strict CSP that blocks styles and scripts', async () => {
    server.page('/csp.html', {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>csp</title></head><body><p>Facebook asked several large banks to share detailed financial information about their customers.</p></body></html>`,
      headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
    });
    const page = await open('/csp.html');
    const h = await waitForHighlights(page, (x) => data(x).length > 0);
    expect(data(h)).toEqual(['Facebook']);
    const { x, y } = await highlightCenter(page, 'privacy-radar-data', 0);
    await page.mouse.move(x, y);
    const card = await waitForCard(page, (c) => c.text !== null);
    expect(card.text).toContain('Facebook');
    await page.close();
  });
});
