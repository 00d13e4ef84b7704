/**
 * The extension makes no network request, ever: every request made by any of its contexts (service worker,
 * extension pages, content scripts) while it browses real, demo and hostile pages, opens cards and the popup,
 * saves, searches, exports and imports, is recorded through the DevTools protocol. The count must be 0; a
 * control request made on purpose proves the recorder sees what it should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { skipChromium } from './support/chromium';
import { launchChromiumCdp, type CdpBrowser } from './support/chromium-cdp';
import { startServer, type TestServer } from './support/server';
import { hostilePages } from './support/hostile-pages';
import { distDir, repoRoot, sharedDir } from './support/paths';
import { FIRST_DATA_POINT, READ_HIGHLIGHTS, type HighlightTexts } from './support/page-state';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

async function settle(page: Page, ms = 1200): Promise<HighlightTexts | null> {
  await new Promise((r) => setTimeout(r, ms));
  return ((await page.evaluate(READ_HIGHLIGHTS).catch(() => null)) as HighlightTexts | null) ?? null;
}

async function hoverFirstMention(page: Page): Promise<void> {
  // Hostile pages break the main world's DOM methods on purpose: then there is nothing to hover from here.
  const point = (await page.evaluate(FIRST_DATA_POINT).catch(() => null)) as { x: number; y: number } | null;
  if (point) {
    await page.mouse.move(point.x, point.y);
    await new Promise((r) => setTimeout(r, 700));
  }
}

describe.skipIf(skipChromium)('privacy: zero network in Chromium', () => {
  let cdp: CdpBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    cdp = await launchChromiumCdp();
  });
  afterAll(async () => {
    await cdp?.close();
    await server?.close();
  });

  it('records a request the extension makes on purpose (the recorder works)', async () => {
    const worker = await (await cdp.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    await worker!.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      server.url('/control'),
    );
    for (let i = 0; i < 50 && !cdp.requests.some((r) => r.url.endsWith('/control')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(cdp.requests.map((r) => r.url)).toContain(server.url('/control'));
    cdp.requests.length = 0;
  });

  it('makes no request while browsing, reading cards, saving, searching, exporting and importing', async () => {
    const { browser, extensionId } = cdp;
    const pages = [
      '/seed-ar.html',
      '/story-en.html',
      ...readdirSync(resolve(sharedDir, 'pages'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `/pages/${f}`),
    ];
    const hostile = hostilePages(server.origin.replace('127.0.0.1', 'localhost'));
    for (const h of hostile)
      server.page(`/hostile/${h.name}.html`, h.headers ? { body: h.html, headers: h.headers } : h.html);
    const tab = await browser.newPage();
    for (const path of [...pages, ...hostile.map((h) => `/hostile/${h.name}.html`)]) {
      const t0 = Date.now();
      await tab.goto(server.url(path), { waitUntil: 'domcontentloaded' });
      await settle(tab, 600);
      await hoverFirstMention(tab);
      if (process.env.DEBUG_TIMES) console.log(path, Date.now() - t0);
    }
    await tab.goto(server.url('/seed-ar.html'));
    await settle(tab);
    const tabId = await (await (
      await browser.waitForTarget((t) => t.type() === 'service_worker')
    ).worker())!.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      server.url('/seed-ar.html'),
    );

    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/popup.html?tab=${tabId}`);
    await new Promise((r) => setTimeout(r, 800));
    const send = <T>(type: string, payload: unknown) =>
      popup.evaluate(
        (t, p) => chrome.runtime.sendMessage({ channel: 'popup', type: t, payload: p }),
        type,
        payload,
      ) as Promise<Reply<T>>;
    expect(await send('tab/save', { tabId })).toMatchObject({ ok: true });
    expect(await send('articles/list', { query: 'فيسبوك', offset: 0, limit: 20 })).toMatchObject({
      ok: true,
    });
    const backup = await send<{ json: string }>('backup/export', {});
    expect(backup.ok).toBe(true);
    if (backup.ok)
      expect(await send('backup/import', { text: backup.value.json, dryRun: false })).toMatchObject({
        ok: true,
      });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/library.html`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 800));

    expect(cdp.requests).toEqual([]);
    await Promise.all([popup.close(), tab.close()]);
  }, 300_000);
});

describe('privacy: permissions', () => {
  it('the manifest asks for exactly the permissions PRIVACY.md documents', () => {
    const doc = readFileSync(resolve(repoRoot, 'PRIVACY.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Permissions'));
    const documented = [
      ...section.matchAll(/^\|\s*`([^`]+)`\s*\|\s*(permission|host permission|content script)\s*\|/gm),
    ].map((m) => `${m[2]}: ${m[1]}`);
    const manifest = JSON.parse(readFileSync(resolve(distDir('chromium'), 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      content_scripts?: { matches: string[] }[];
      web_accessible_resources?: unknown;
    };
    const actual = [
      ...(manifest.permissions ?? []).map((p) => `permission: ${p}`),
      ...(manifest.host_permissions ?? []).map((p) => `host permission: ${p}`),
      ...[...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches))].map(
        (p) => `content script: ${p}`,
      ),
    ];
    expect(actual.sort()).toEqual(documented.sort());
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
