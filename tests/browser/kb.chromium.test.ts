import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { waitForHighlights, waitForStableHighlights } from './support/page-state';
import { highlightCenter, readNotices, waitForCard } from './support/card';
import { extensionPage, sendPopup, tabIdOf } from './support/extension-page';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

describe.skipIf(skipChromium)('knowledge base and saving in Chromium', () => {
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

  it('holds the bundled reports after install and links a Facebook financial-data mention to the 2018 bank report first', async () => {
    const page = await extensionPage(ext);
    const info = await sendPopup<Reply<{ counts: { reports: number; companies: number } }>>(
      page,
      'kb/info',
      {},
    );
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value.counts.reports).toBeGreaterThanOrEqual(50);
    expect(info.value.counts.companies).toBeGreaterThanOrEqual(120);
    const related = await sendPopup<Reply<{ results: { items: { id: string }[] }[] }>>(page, 'related/get', {
      mentions: [{ companyId: 'facebook', action: 'requested', dataTypes: ['financial'] }],
      pageUrl: 'https://news.example/story',
    });
    expect(related.ok).toBe(true);
    if (related.ok) expect(related.value.results[0]!.items[0]!.id).toBe('FB-BANKS-WSJ-2018');
    await page.close();
  });

  it('saves the seed page from the popup, then links it from the English story’s card', async () => {
    const seedUrl = server.url('/seed-ar.html');
    const seed = await ext.context.newPage();
    await seed.goto(seedUrl);
    await waitForHighlights(seed, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const tabId = await tabIdOf(ext, seedUrl);
    const popup = await extensionPage(ext);
    const saved = await sendPopup<
      Reply<{ article: { canonicalUrl: string; summary: string[]; title: string } }>
    >(popup, 'tab/save', { tabId });
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect(saved.value.article.title).toContain('فيسبوك');
    expect(saved.value.article.summary.length).toBeGreaterThanOrEqual(3);
    expect(saved.value.article.summary.join(' ')).toContain('طلبت الشركة الحصول على تفاصيل العملاء المصرفية');
    // Saving again updates the same record.
    const again = await sendPopup<Reply<{ created: boolean }>>(popup, 'tab/save', { tabId });
    expect(again).toMatchObject({ ok: true, value: { created: false } });

    const story = await ext.context.newPage();
    await story.goto(server.url('/story-en.html'));
    await waitForHighlights(story, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    // The first in document order once all are in: visible blocks are answered first, so the first highlight
    // to arrive may be a later one (Cambridge Analytica's, under load in CI).
    await waitForStableHighlights(story);
    const { x, y } = await highlightCenter(story, 'privacy-radar-data', 0);
    await story.mouse.move(x, y);
    const card = await waitForCard(story, (c) => c.relatedIds.includes(saved.value.article.canonicalUrl));
    expect(card.relatedIds).toContain(saved.value.article.canonicalUrl);
    await Promise.all([seed.close(), story.close(), popup.close()]);
  });

  it('an open card lists an article saved meanwhile in another tab, without being hovered again', async () => {
    const seed = await ext.context.newPage();
    await seed.goto(server.url('/seed-ar.html'));
    await waitForHighlights(seed, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const { x, y } = await highlightCenter(seed, 'privacy-radar-data', 0);
    await seed.mouse.move(x, y);
    const before = await waitForCard(seed, (c) => c.relatedIds.length > 0);

    const storyUrl = server.url('/story-en.html');
    const story = await ext.context.newPage();
    await story.goto(storyUrl);
    await waitForHighlights(story, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const popup = await extensionPage(ext);
    const saved = await sendPopup<Reply<{ article: { canonicalUrl: string } }>>(popup, 'tab/save', {
      tabId: await tabIdOf(ext, storyUrl),
    });
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect(before.relatedIds).not.toContain(saved.value.article.canonicalUrl);
    const after = await waitForCard(seed, (c) => c.relatedIds.includes(saved.value.article.canonicalUrl));
    expect(after.relatedIds).toContain(saved.value.article.canonicalUrl);
    await Promise.all([seed.close(), story.close(), popup.close()]);
  });

  it('a save from the keyboard command or the context menu is confirmed on the page, then leaves no trace', async () => {
    const url = server.url('/story-en.html');
    const story = await ext.context.newPage();
    await story.goto(url);
    await waitForHighlights(story, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const html = await story.evaluate(() => new XMLSerializer().serializeToString(document));
    const tabId = await tabIdOf(ext, url);
    // What commands.ts sends once the save is done (the command itself cannot be pressed headless).
    const notify = (payload: unknown) =>
      ext.worker.evaluate(
        ([id, p]) => chrome.tabs.sendMessage(id, { channel: 'background', type: 'save/notice', payload: p }),
        [tabId, payload] as const,
      );
    expect(await notify({ ok: true, created: true, title: 'Facebook <b>asked</b> banks' })).toEqual({
      ok: true,
      value: { shown: true },
    });
    const [saved] = await readNotices(story);
    expect(saved?.text).toContain('Saved to Privacy Radar');
    expect(saved?.text).toContain('Facebook <b>asked</b> banks');
    expect(saved?.tags).toEqual(['DIV']);
    expect(saved?.role).toBe('status');

    await notify({ ok: false, error: 'This page is too large to save.' });
    const notices = await readNotices(story);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ role: 'alert', text: expect.stringContaining('too large') });
    // Gone after a few seconds, and the page is as it was.
    await expect.poll(async () => (await readNotices(story)).length, { timeout: 10_000 }).toBe(0);
    expect(await story.evaluate(() => new XMLSerializer().serializeToString(document))).toBe(html);
    await story.close();
  });

  it('refuses to save a page it cannot read, with a clear message', async () => {
    // A browser page: no extension may read it.
    const tabId = (await ext.worker.evaluate(
      async () => (await chrome.tabs.create({ url: 'chrome://version/' })).id,
    ))!;
    const popup = await extensionPage(ext);
    const reply = await sendPopup<Reply<unknown>>(popup, 'tab/save', { tabId });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be saved/) });
    await ext.worker.evaluate((id) => chrome.tabs.remove(id), tabId);
    await popup.close();
  });
});
