/**
 * The README's screenshots, taken from the real extension: the demo pages with their highlights and an open
 * card, the popup's page view and the library, in English and Arabic. Every run takes them and checks what they
 * show; only `UPDATE_SCREENSHOTS=1` writes them to docs/screenshots/ (CI never rewrites committed files):
 *
 *   UPDATE_SCREENSHOTS=1 npx vitest run --config vitest.browser.config.ts tests/browser/screenshots.chromium.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { waitForHighlights, waitForStableHighlights } from './support/page-state';
import { highlightCenter, waitForCard } from './support/card';
import { extensionPage, sendPopup, tabIdOf } from './support/extension-page';
import { UI_LANGS, openLibrary, openPopup, plain, readmeScreenshot } from './support/ui';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const POPUP_VIEWPORT = { width: 460, height: 860 };
const LIBRARY_VIEWPORT = { width: 1100, height: 760 };
const PAGE_VIEWPORT = { width: 1100, height: 760 };

describe.skipIf(skipChromium)('README screenshots in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;
  let seedTab: number;
  const saved: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    ext = await launchChromium();
    // The library shows what a reader would have saved: the seed, the English story and two real pages.
    const control = await extensionPage(ext);
    for (const path of ['/pages/aclu.html', '/story-en.html', '/seed-ar.html']) {
      const url = server.url(path);
      const page = await ext.context.newPage();
      await page.setViewportSize(PAGE_VIEWPORT);
      await page.goto(url);
      await waitForHighlights(page, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
      const tabId = await tabIdOf(ext, url);
      if (path === '/seed-ar.html') seedTab = tabId;
      const reply = await sendPopup<Reply<{ article: { canonicalUrl: string } }>>(control, 'tab/save', {
        tabId,
      });
      if (!reply.ok) throw new Error(`saving ${path} failed: ${reply.error}`);
      saved.push(reply.value.article.canonicalUrl);
      if (path !== '/seed-ar.html') await page.close();
    }
    await control.close();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** The page with its highlights settled and the card open on its first data request. */
  async function pageWithCard(path: string, expected: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize(PAGE_VIEWPORT);
    await page.goto(server.url(path));
    await waitForHighlights(page, (h) => (h['privacy-radar-data'] ?? []).includes(expected));
    await waitForStableHighlights(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const { x, y } = await highlightCenter(page, 'privacy-radar-data', 0);
    await page.mouse.move(x, y);
    const card = await waitForCard(page, (c) => c.text !== null && c.relatedIds.length > 0);
    expect(card.text).toContain(expected);
    return page;
  }

  it.each([
    ['/seed-ar.html', 'فيسبوك', 'seed-ar.png'],
    ['/story-en.html', 'Facebook', 'story-en.png'],
  ])('%s with its highlights and an open card', async (path, expected, file) => {
    const page = await pageWithCard(path, expected);
    const png = await readmeScreenshot(page, file);
    expect(pngSize(png)).toEqual(PAGE_VIEWPORT);
    await page.close();
  });

  it.each(UI_LANGS)('the popup on the seed page (%s)', async (lang) => {
    const popup = await openPopup(ext, seedTab, lang);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.locator('[data-testid="company"][data-company="facebook"]').waitFor();
    await popup.getByTestId('saved-state').and(popup.locator('[data-saved="true"]')).waitFor();
    expect(await popup.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    const png = await readmeScreenshot(popup, `popup-${lang}.png`);
    expect(pngSize(png)).toEqual(POPUP_VIEWPORT);
    await popup.close();
  });

  it.each(UI_LANGS)('the library’s saved articles (%s)', async (lang) => {
    const page = await openLibrary(ext, '/articles', lang);
    await page.setViewportSize(LIBRARY_VIEWPORT);
    for (const url of saved) await page.locator(`[data-testid="article-row"][data-url="${url}"]`).waitFor();
    expect(plain(await page.getByTestId('result-count').innerText())).toMatch(/3|٣/);
    // Move the pointer away from the rows, so that no hover state shows.
    await page.mouse.move(0, 0);
    const png = await readmeScreenshot(page, `library-${lang}.png`);
    expect(pngSize(png)).toEqual(LIBRARY_VIEWPORT);
    await page.close();
  });
});
