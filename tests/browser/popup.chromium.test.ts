/**
 * The popup's "this page" view (popup.html?tab=<id>) in real Chromium, in English and Arabic, on the demo
 * pages: the seed article's summary, pages with no mention and pages never scanned, "show me", settings that
 * take effect on an open page without reloading it, and an axe-core check of each state.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import {
  READ_HIGHLIGHTS,
  waitForHighlights,
  waitForStableHighlights,
  type HighlightTexts,
} from './support/page-state';
import { waitForCard } from './support/card';
import { extensionPage, sendPopup, tabIdOf } from './support/extension-page';
import { UI_LANGS, openLibrary, openPopup, plain, seriousAxeViolations, type UiLang } from './support/ui';

const data = (h: HighlightTexts) => h['privacy-radar-data'] ?? [];
const plainMentions = (h: HighlightTexts) => h['privacy-radar-plain'] ?? [];

/** Facebook's name as the UI shows it. */
const FACEBOOK: Record<UiLang, string> = { en: 'Facebook', ar: 'فيسبوك' };

describe.skipIf(skipChromium)('popup in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;
  let control: Page;
  let seed: Page;
  let seedTab: number;

  beforeAll(async () => {
    server = await startServer();
    server.page(
      '/no-company.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gardening notes</title></head>' +
        '<body><article><h1>Tomatoes in August</h1><p>Water the plants early in the morning and keep the ' +
        'soil covered with straw.</p></article></body></html>',
    );
    ext = await launchChromium();
    control = await extensionPage(ext);
    seed = await ext.context.newPage();
    await seed.goto(server.url('/seed-ar.html'));
    await waitForHighlights(seed, (h) => data(h).length > 0);
    seedTab = await tabIdOf(ext, server.url('/seed-ar.html'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const facebookCard = (popup: Page) => popup.locator('[data-testid="company"][data-company="facebook"]');

  it.each(UI_LANGS)(
    'lists Facebook first on the seed page, with a request for financial data (%s)',
    async (lang) => {
      const popup = await openPopup(ext, seedTab, lang);
      const root = popup.locator('html');
      expect(await root.getAttribute('lang')).toBe(lang);
      expect(await root.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await popup.getByTestId('page-title').textContent()).toBe(
        'شركة فيسبوك تريد الوصول إلى معلوماتك المصرفية، لماذا؟',
      );

      await popup.getByTestId('companies').waitFor();
      expect(await popup.getByTestId('company').first().getAttribute('data-company')).toBe('facebook');
      const card = facebookCard(popup);
      expect(plain(await card.locator('h3').innerText())).toBe(FACEBOOK[lang]);

      // Data requests come first; the page's headline sentence is one: "Facebook asks for financial data".
      const mentions = card.getByTestId('mention');
      expect(await mentions.first().getAttribute('data-kind')).toBe('data');
      const request = mentions.filter({ hasText: 'شركة فيسبوك تريد الوصول إلى معلوماتك المصرفية' });
      expect(await request.getAttribute('data-kind')).toBe('data');
      const what = plain(await request.getByTestId('mention-what').innerText());
      expect(what).toBe(lang === 'en' ? 'Facebook asks for financial data' : 'فيسبوك تطلب البيانات المالية');
      expect(plain(await request.getByTestId('mention-action').innerText())).toBe(
        lang === 'en' ? 'Request' : 'طلب',
      );
      expect(plain(await request.getByTestId('mention-data').innerText())).toBe(
        lang === 'en' ? 'financial data' : 'البيانات المالية',
      );

      // The count of data-request mentions on the page is said in the UI language.
      const count = plain(await popup.getByTestId('data-count').innerText());
      expect(count).toMatch(lang === 'en' ? /data-request mention/ : /طلب بيانات/);
      // Google and Apple are named on the page but never asked for data: plain mentions only.
      for (const company of ['google', 'apple']) {
        const kinds = await popup
          .locator(`[data-testid="company"][data-company="${company}"] [data-testid="mention"]`)
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
        expect(kinds.length, company).toBeGreaterThan(0);
        expect(kinds.every((k) => k === 'plain')).toBe(true);
      }
      await popup.close();
    },
  );

  it.each(UI_LANGS)(
    'lists the 2018 report on Facebook asking banks for data among Facebook’s related items (%s)',
    async (lang) => {
      const popup = await openPopup(ext, seedTab, lang);
      const card = facebookCard(popup);
      await card.waitFor();
      // Two are shown at first, all (up to five) after "show all".
      const more = card.getByTestId('more-related');
      if (await more.count()) await more.click();
      const ids = await card
        .locator('[data-testid="related-item"][data-kind="report"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
      expect(ids).toContain('FB-BANKS-WSJ-2018');
      const report = card.locator('[data-testid="related-item"][data-id="FB-BANKS-WSJ-2018"]');
      const summary = await report.getByTestId('related-summary').innerText();
      expect(summary).toMatch(lang === 'ar' ? /فيسبوك.*البنوك/s : /Facebook.*banks/s);
      await popup.close();
    },
  );

  it('"show me" scrolls the page to the mention and opens its card', async () => {
    await seed.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await openPopup(ext, seedTab, 'en');
    await facebookCard(popup).getByTestId('show-mention').first().click();
    const card = await waitForCard(seed, (c) => c.text !== null);
    expect(card.text).toContain('فيسبوك');
    const focus = (await seed.evaluate(READ_HIGHLIGHTS)) as HighlightTexts;
    expect(focus['privacy-radar-focus']).toHaveLength(1);
    await seed.keyboard.press('Escape');
    await waitForCard(seed, (c) => c.text === null);
    await popup.close();
  });

  it.each(UI_LANGS)(
    'says so plainly when a page names no company, or was never scanned (%s)',
    async (lang) => {
      const page = await ext.context.newPage();
      await page.goto(server.url('/no-company.html'));
      const tabId = await tabIdOf(ext, server.url('/no-company.html'));
      const popup = await openPopup(ext, tabId, lang);
      const none = popup.getByTestId('no-mentions');
      await none.waitFor();
      expect(plain(await none.innerText())).toMatch(
        lang === 'en' ? /No company is mentioned/ : /لا تُذكر أي شركة/,
      );
      expect(await seriousAxeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();

      // A browser page is never read.
      const browserTab = (await ext.worker.evaluate(
        async () => (await chrome.tabs.create({ url: 'chrome://version/', active: false })).id,
      ))!;
      const notScanned = await openPopup(ext, browserTab, lang);
      const note = notScanned.getByTestId('not-scanned');
      await note.waitFor();
      expect(plain(await note.innerText())).toMatch(lang === 'en' ? /not been scanned/ : /لم تُفحص/);
      await expect(notScanned.getByTestId('save').count()).resolves.toBe(0);
      await notScanned.close();
      await ext.worker.evaluate((id) => chrome.tabs.remove(id), browserTab);
    },
  );

  it.each(UI_LANGS)('has no serious or critical axe violation on the seed page’s view (%s)', async (lang) => {
    const popup = await openPopup(ext, seedTab, lang);
    await popup.getByTestId('companies').waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    // Expanded (every mention and related item shown) too.
    const card = facebookCard(popup);
    for (const id of ['more-mentions', 'more-related']) {
      const button = card.getByTestId(id);
      if (await button.count()) await button.click();
    }
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
  });

  /** Puts the settings back as installed, whatever a failed test left behind. */
  const restoreSettings = async () => {
    await sendPopup(control, 'settings/set', { paused: false, mode: 'data' });
    await sendPopup(control, 'mute/remove', { kind: 'company', value: 'facebook' });
  };

  /** A tab of its own on the seed page, annotated and settled, marked so that a reload would be seen. */
  async function freshSeed(tag: string): Promise<{ page: Page; tabId: number; before: string[] }> {
    const url = server.url(`/seed-ar.html?${tag}`);
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitForHighlights(page, (h) => data(h).includes('فيسبوك'));
    const before = data(await waitForStableHighlights(page));
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    return { page, tabId: await tabIdOf(ext, url), before };
  }
  const notReloaded = (page: Page) =>
    page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

  it('the highlight mode chosen in the settings (English) takes effect on an open page', async () => {
    onTestFinished(restoreSettings);
    const { page, before } = await freshSeed('mode');
    const settings = await openLibrary(ext, '/settings', 'en');
    await settings.getByTestId('mode-off').check();
    await waitForHighlights(page, (h) => data(h).length === 0 && plainMentions(h).length === 0);

    // "All companies with reporting": the plain mentions (Google, Apple) appear beside the data requests.
    await settings.getByTestId('mode-all').check();
    const all = await waitForHighlights(page, (h) => data(h).length > 0 && plainMentions(h).length > 0);
    expect(plainMentions(all).some((t) => ['جوجل', 'أبل'].includes(t))).toBe(true);

    await settings.getByTestId('mode-data').check();
    await waitForHighlights(page, (h) => data(h).length > 0 && plainMentions(h).length === 0);
    expect(data(await waitForStableHighlights(page))).toEqual(before);
    expect(await notReloaded(page)).toBe(true);
    await Promise.all([settings.close(), page.close()]);
  });

  it('muting a company typed by its Arabic name in the settings (Arabic) takes its highlights off an open page', async () => {
    onTestFinished(restoreSettings);
    const { page, before } = await freshSeed('mute');
    const settings = await openLibrary(ext, '/settings', 'ar');
    const input = settings.getByTestId('mute-company-input');
    await input.fill('فيسبوك');
    await input.press('Enter');
    const mute = settings.locator('[data-testid="mute"][data-kind="company"][data-value="facebook"]');
    await mute.waitFor();
    expect(plain(await mute.innerText())).toContain('فيسبوك');
    await waitForHighlights(page, (h) => !data(h).includes('فيسبوك'));

    await mute.getByTestId('unmute').click();
    await mute.waitFor({ state: 'detached' });
    await waitForHighlights(page, (h) => data(h).includes('فيسبوك'));
    expect(data(await waitForStableHighlights(page))).toEqual(before);
    expect(await notReloaded(page)).toBe(true);
    await Promise.all([settings.close(), page.close()]);
  });

  /**
   * Stops our service worker as the browser does when it idles it out (`Target.closeTarget` on its target, as
   * the durability tests do); the next message starts a fresh one.
   */
  async function stopWorker(): Promise<void> {
    const cdp = await control.context().newCDPSession(control);
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      for (const t of targetInfos) {
        if (t.type === 'service_worker' && t.url.includes(ext.extensionId))
          await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      }
    } finally {
      await cdp.detach();
    }
  }

  /** The running worker of our extension (a new one after a restart). */
  const currentWorker = () => {
    const worker = ext.context
      .serviceWorkers()
      .filter((w) => w.url().includes(ext.extensionId))
      .at(-1);
    if (!worker) throw new Error('no service worker');
    return worker;
  };
  /** Marks the running worker's global scope: a restarted worker does not have the mark. */
  const markWorker = () =>
    currentWorker().evaluate(() => ((globalThis as { testMark?: boolean }).testMark = true));
  const workerMarked = async () =>
    (await currentWorker().evaluate(() => (globalThis as { testMark?: boolean }).testMark)) === true;

  it.each(UI_LANGS)(
    'the open popup keeps working when the background restarts under it, without reopening (%s)',
    async (lang) => {
      const { page, tabId } = await freshSeed(`restart-${lang}`);
      const popup = await openPopup(ext, tabId, lang);
      await popup.getByTestId('companies').waitFor();
      const count = plain(await popup.getByTestId('data-count').innerText());
      expect(await popup.getByTestId('saved-state').getAttribute('data-saved')).toBe('false');

      // Saving reaches a worker that is gone: the client's retry wakes a fresh one.
      await markWorker();
      await stopWorker();
      await popup.getByTestId('save').click();
      await popup.locator('[data-testid="saved-state"][data-saved="true"]').waitFor({ timeout: 10_000 });
      expect(await workerMarked()).toBe(false);
      await expect(popup.getByTestId('error').count()).resolves.toBe(0);

      // Coming back to the popup loads the page's summary again, from the new worker.
      await markWorker();
      await stopWorker();
      await popup.bringToFront();
      await popup.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await popup.getByTestId('companies').waitFor({ timeout: 10_000 });
      expect(plain(await popup.getByTestId('data-count').innerText())).toBe(count);
      expect(await facebookCard(popup).count()).toBe(1);
      await expect(popup.getByTestId('error').count()).resolves.toBe(0);
      expect(await workerMarked()).toBe(false);

      // Leave no saved copy behind for the other tests' related reporting.
      const url = server.url(`/seed-ar.html?restart-${lang}`);
      const got = await sendPopup<{ ok: true; value: { article: { canonicalUrl: string } | null } }>(
        control,
        'article/get',
        { url },
      );
      const canonicalUrl = got.value.article!.canonicalUrl;
      expect(await sendPopup(control, 'article/delete', { canonicalUrl })).toEqual({
        ok: true,
        value: { deleted: true },
      });
      await Promise.all([popup.close(), page.close()]);
    },
  );

  // Last: pausing and resuming rescans every open tab, and resuming doubles what a tab had found (see below).
  it('pausing from the popup takes an open page’s highlights away at once; resuming brings back the same ones', async () => {
    onTestFinished(restoreSettings);
    const { page, tabId, before } = await freshSeed('pause');
    const popup = await openPopup(ext, tabId, 'en');
    await popup.getByTestId('companies').waitFor();
    const countBefore = plain(await popup.getByTestId('data-count').innerText());
    const pause = popup.getByTestId('pause');
    expect(await pause.isChecked()).toBe(false);
    // A controlled checkbox: it shows the stored setting, which changes once the background has written it.
    await pause.click();
    await waitForHighlights(page, (h) => data(h).length === 0 && plainMentions(h).length === 0);
    await expect.poll(() => pause.isChecked()).toBe(true);

    await pause.click();
    await waitForHighlights(page, (h) => data(h).length > 0);
    expect
      .soft(data(await waitForStableHighlights(page, 1_500)), 'the page’s highlights after resuming')
      .toEqual(before);
    // The popup loads the summary again after a change: at once, and when the rescan has been reported.
    await popup.getByTestId('companies').waitFor({ timeout: 10_000 });
    await popup.waitForTimeout(2_000);
    expect
      .soft(plain(await popup.getByTestId('data-count').innerText()), 'the popup’s count after resuming')
      .toBe(countBefore);
    expect(await notReloaded(page)).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it.each(UI_LANGS)(
    'the popup of a paused page says highlighting is off, not the mentions the page no longer shows (%s)',
    async (lang) => {
      onTestFinished(restoreSettings);
      const { page, tabId } = await freshSeed(`paused-${lang}`);
      const popup = await openPopup(ext, tabId, lang);
      await popup.getByTestId('companies').waitFor();
      await popup.getByTestId('pause').click();
      await waitForHighlights(page, (h) => data(h).length === 0);
      const off = popup.getByTestId('no-mentions');
      await off.waitFor({ timeout: 10_000 }).catch(() => undefined);
      expect.soft(await popup.getByTestId('companies').count(), 'companies listed for a paused page').toBe(0);
      expect(await off.count(), 'the "highlighting is off" note').toBe(1);
      expect(plain(await off.innerText())).toMatch(lang === 'en' ? /Highlighting is off/ : /الإبراز متوقف/);
      await Promise.all([popup.close(), page.close()]);
    },
  );
});
