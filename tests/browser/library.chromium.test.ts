/**
 * The library page (saved articles, article, company timeline, settings) in real Chromium, in English and
 * Arabic, with real saved pages: the empty store, search without hamza or diacritics, delete and undo, import
 * refusal, long, mixed-direction and markup titles, and an axe-core check of every view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { waitForHighlights } from './support/page-state';
import { extensionPage, sendPopup, tabIdOf } from './support/extension-page';
import {
  UI_LANGS,
  goRoute,
  openLibrary,
  openPopup,
  plain,
  seriousAxeViolations,
  sidewaysOverflow,
  type AxeFinding,
  type UiLang,
} from './support/ui';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
interface SavedMeta {
  canonicalUrl: string;
  title: string;
  summary: string[];
}

const SEED_TITLE = 'شركة فيسبوك تريد الوصول إلى معلوماتك المصرفية، لماذا؟';

/** A title of exactly 2,000 characters: words, then one unbroken run (the hardest to wrap). */
const LONG_TITLE = (() => {
  const words = Array.from({ length: 60 }, (_, i) => `privacy${i}`).join(' ');
  return `${words} ${'x'.repeat(2000)}`.slice(0, 2000);
})();
/** Arabic first, with Latin names, a parenthesis and digits: the title's direction comes from its first letter. */
const MIXED_TITLE = 'فيسبوك (Facebook) طلبت data من 3 بنوك — «Wall Street Journal» 2018';
/** Markup typed in the page's text (escaped in its HTML): it must come back as text everywhere. */
const MARKUP_SENTENCE =
  'Facebook asked several large banks to share detailed financial information about their customers <img src=x onerror="document.title=\'pwned\'"> including <b>card transactions</b> and balances, according to a report.';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const article = (lang: string, dir: string, title: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  `</head><body><article><h1>${escapeHtml(title)}</h1>` +
  paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
  `</article></body></html>`;

describe.skipIf(skipChromium)('library in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;
  let control: Page;

  beforeAll(async () => {
    server = await startServer();
    server.page(
      '/long-title.html',
      article('en', 'ltr', LONG_TITLE, [
        'Facebook asked several large banks to share detailed financial information about their customers, according to a report.',
      ]),
    );
    server.page(
      '/mixed-title.html',
      article('ar', 'rtl', MIXED_TITLE, ['طلبت شركة فيسبوك من البنوك الحصول على البيانات المصرفية للعملاء.']),
    );
    server.page(
      '/markup.html',
      article('en', 'ltr', 'Bank data <b>story</b> <img src=x onerror=alert(1)>', [
        MARKUP_SENTENCE,
        'The social network wanted the data to power new features in Messenger, the report said <script>alert(2)</script>.',
      ]),
    );
    ext = await launchChromium();
    control = await extensionPage(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens `path` in a tab, waits for its data highlights, and saves it as the popup's Save button does. */
  async function openAndSave(path: string): Promise<{ tabId: number; saved: SavedMeta; page: Page }> {
    const url = server.url(path);
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitForHighlights(page, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const tabId = await tabIdOf(ext, url);
    const reply = await sendPopup<Reply<{ article: SavedMeta }>>(control, 'tab/save', { tabId });
    if (!reply.ok) throw new Error(`saving ${path} failed: ${reply.error}`);
    return { tabId, saved: reply.value.article, page };
  }

  // Saved once, by the first test that needs them (so that any test also runs alone, after the empty store).
  let seedSaving: Promise<SavedMeta> | undefined;
  const savedSeed = () =>
    (seedSaving ??= openAndSave('/seed-ar.html').then(async ({ saved, page }) => {
      await page.close();
      return saved;
    }));
  interface SavedTab {
    tabId: number;
    saved: SavedMeta;
  }
  let badSaving: Promise<{ long: SavedTab; mixed: SavedTab; markup: SavedTab }> | undefined;
  const savedBadPages = () =>
    (badSaving ??= (async () => ({
      long: await openAndSave('/long-title.html'),
      mixed: await openAndSave('/mixed-title.html'),
      markup: await openAndSave('/markup.html'),
    }))());

  const row = (page: Page, url: string) => page.locator(`[data-testid="article-row"][data-url="${url}"]`);

  it.each(UI_LANGS)('says plainly that nothing is saved yet (%s)', async (lang) => {
    const page = await openLibrary(ext, '/articles', lang);
    const empty = page.getByTestId('empty-store');
    await empty.waitFor();
    expect(plain(await empty.innerText())).toMatch(
      lang === 'en' ? /not saved any article yet/ : /لم تحفظ أي مقالة بعد/,
    );
    await expect(page.getByTestId('article-row').count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds the saved Arabic seed article typed without hamza, diacritics or letter variants', async () => {
    const seed = await savedSeed();
    expect(seed.title).toBe(SEED_TITLE);

    // Queries as people type them: إلى as الى or الي, ة as ه, no shadda or damma, hamza left out — and
    // one with diacritics added that the text does not have.
    const found = [
      'فيسبوك تريد الوصول الى معلوماتك',
      'الوصول الي معلوماتك المصرفيه',
      'يريد فيسبوك التوصل الي ترتيب متبادل',
      'خصوصية المستخدمين',
      'اليزابيث ديانا',
      'فَيْسْبُوك تُرِيدُ الوُصُولَ',
      'Facebook',
    ];
    const notFound = ['امازون تريد', 'Amazon'];
    for (const lang of UI_LANGS) {
      const page = await openLibrary(ext, '/articles', lang);
      await row(page, seed.canonicalUrl).waitFor();
      const search = page.getByTestId('search');
      for (const query of found) {
        await search.fill(query);
        await row(page, seed.canonicalUrl).waitFor({ timeout: 5_000 });
        await expect(page.getByTestId('no-results').count(), query).resolves.toBe(0);
      }
      for (const query of notFound) {
        await search.fill(query);
        await page.getByTestId('no-results').waitFor({ timeout: 5_000 });
        await expect(row(page, seed.canonicalUrl).count(), query).resolves.toBe(0);
      }
      await search.fill('');
      await row(page, seed.canonicalUrl).waitFor();
      await page.close();
    }
  });

  it.each(UI_LANGS)('deletes the seed article, then undo restores it whole (%s)', async (lang) => {
    const seed = await savedSeed();
    const before = await sendPopup<Reply<{ article: { text: string; summary: string[] } | null }>>(
      control,
      'article/get',
      { url: seed.canonicalUrl },
    );
    expect(before.ok && before.value.article).toBeTruthy();
    const page = await openLibrary(ext, '/articles', lang);
    await row(page, seed.canonicalUrl).getByTestId('article-delete').click();
    await row(page, seed.canonicalUrl).waitFor({ state: 'detached' });
    const bar = page.getByTestId('undo-bar');
    expect(plain(await bar.innerText())).toContain(SEED_TITLE);
    const gone = await sendPopup<Reply<{ article: unknown }>>(control, 'article/get', {
      url: seed.canonicalUrl,
    });
    expect(gone).toEqual({ ok: true, value: { article: null } });
    // The keyboard lands on Undo once the row (and its focused button) is gone.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'undo');

    await page.getByTestId('undo').click();
    await row(page, seed.canonicalUrl).waitFor();
    await expect(page.getByTestId('undo').count()).resolves.toBe(0);
    const after = await sendPopup<Reply<{ article: { text: string; summary: string[] } | null }>>(
      control,
      'article/get',
      { url: seed.canonicalUrl },
    );
    expect(after).toEqual(before);
    // The restored article is back in the search index too.
    await page.getByTestId('search').fill('معلوماتك المصرفيه');
    await row(page, seed.canonicalUrl).waitFor({ timeout: 5_000 });
    // And it survives a reload (the restore was written, not only shown).
    await page.reload();
    await row(page, seed.canonicalUrl).waitFor();
    await page.close();
  });

  const articleRoute = (saved: SavedMeta) => `/article/${encodeURIComponent(saved.canonicalUrl)}`;
  const titleShown = (page: Page) => page.getByTestId('article-title').textContent();

  it('saves pages with a 2,000-character title, a mixed-direction title and markup in their text', async () => {
    const { long, mixed, markup } = await savedBadPages();
    // The extractor caps a title at 500 characters with an ellipsis (a longer one is not a title).
    expect(long.saved.title.length).toBeLessThanOrEqual(500);
    expect(long.saved.title.endsWith('…')).toBe(true);
    expect(LONG_TITLE.startsWith(long.saved.title.slice(0, -1))).toBe(true);
    expect(mixed.saved.title).toBe(MIXED_TITLE);
    expect(markup.saved.title).toContain('<b>story</b>');
    expect(markup.saved.summary.join(' ')).toContain('<img src=x');
  });

  it.each(UI_LANGS)('shows a 2,000-character title clamped in the popup and the list (%s)', async (lang) => {
    const { long } = await savedBadPages();
    // The popup shows the tab's own title (the content script reports its first 1,000 characters), clamped.
    const popup = await openPopup(ext, long.tabId, lang);
    const pageTitle = popup.getByTestId('page-title');
    expect(await pageTitle.textContent()).toBe(LONG_TITLE.slice(0, 1_000));
    expect((await pageTitle.boundingBox())!.height).toBeLessThan(120);
    expect(await sidewaysOverflow(popup)).toEqual([]);
    await popup.close();

    // The row keeps its fixed height with the title clamped inside it, and the delete button's accessible name
    // carries only the start of the title.
    const page = await openLibrary(ext, '/articles', lang);
    const longRow = row(page, long.saved.canonicalUrl);
    await longRow.waitFor();
    const rowBox = (await longRow.boundingBox())!;
    const linkBox = (await longRow.getByTestId('article-open').boundingBox())!;
    expect(rowBox.height).toBeLessThanOrEqual(132);
    expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height + 1);
    expect(linkBox.width).toBeLessThanOrEqual(rowBox.width + 1);
    expect(await longRow.getByTestId('article-open').textContent()).toBe(long.saved.title);
    const deleteName = (await longRow.getByTestId('article-delete').getAttribute('aria-label'))!;
    expect(deleteName.length).toBeLessThan(160);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.close();
  });

  it.each(UI_LANGS)(
    'shows a mixed-direction title as it is, right to left from its first letter (%s)',
    async (lang) => {
      const { mixed } = await savedBadPages();
      const popup = await openPopup(ext, mixed.tabId, lang);
      expect(await popup.getByTestId('page-title').textContent()).toBe(MIXED_TITLE);
      expect(await popup.getByTestId('page-title').evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
      await popup.close();

      const page = await openLibrary(ext, '/articles', lang);
      const link = row(page, mixed.saved.canonicalUrl).getByTestId('article-open');
      expect(await link.textContent()).toBe(MIXED_TITLE);
      expect(await link.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
      await goRoute(page, articleRoute(mixed.saved), 'article');
      await expect.poll(() => titleShown(page)).toBe(MIXED_TITLE);
      expect(await page.getByTestId('article-title').evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
      await page.close();
    },
  );

  it.each(UI_LANGS)('shows markup from a page as text, never as elements (%s)', async (lang) => {
    const { markup } = await savedBadPages();
    const page = await openLibrary(ext, '/articles', lang);
    const markupRow = row(page, markup.saved.canonicalUrl);
    expect(await markupRow.getByTestId('article-open').textContent()).toBe(markup.saved.title);
    await expect(markupRow.locator('b, img, script').count()).resolves.toBe(0);

    await goRoute(page, articleRoute(markup.saved), 'article');
    await expect.poll(() => titleShown(page)).toBe(markup.saved.title);
    expect(await page.getByTestId('article-summary').innerText()).toContain(
      '<img src=x onerror="document.title=\'pwned\'">',
    );
    expect(await page.getByTestId('article-text').innerText()).toContain('<script>alert(2)</script>');
    await expect(page.getByTestId('article-view').locator('img, script, b').count()).resolves.toBe(0);

    // The company timeline lists the saved article with its summary, as text too.
    await goRoute(page, '/company/facebook', 'company');
    const item = page.locator(
      `[data-testid="related-item"][data-kind="article"][data-id="${markup.saved.canonicalUrl}"]`,
    );
    await item.waitFor();
    expect(await item.getByTestId('related-summary').innerText()).toContain('<b>card transactions</b>');
    await expect(page.getByTestId('company-view').locator('img, script, b').count()).resolves.toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it.each(UI_LANGS)(
    'wraps an unbroken 1,400-letter word of a saved summary: the article and company views fit their width (%s)',
    async (lang) => {
      const { long } = await savedBadPages();
      // The long page's summary starts with its heading, which ends in a run of 1,400 "x" with no break.
      expect(long.saved.summary.some((s) => /x{500}/.test(s))).toBe(true);
      const page = await openLibrary(ext, articleRoute(long.saved), lang);
      await expect.poll(() => titleShown(page)).toBe(long.saved.title);
      expect.soft(await sidewaysOverflow(page), 'article view').toEqual([]);
      await goRoute(page, '/company/facebook', 'company');
      await page.locator(`[data-testid="related-item"][data-id="${long.saved.canonicalUrl}"]`).waitFor();
      expect.soft(await sidewaysOverflow(page), 'company view').toEqual([]);
      await page.close();
    },
  );

  it.each(UI_LANGS)(
    'refuses an import file that fails validation, says why, and changes nothing (%s)',
    async (lang) => {
      const snapshot = async () => ({
        articles: await sendPopup<Reply<{ total: number }>>(control, 'articles/list', { limit: 1 }),
        settings: await sendPopup(control, 'settings/get', {}),
        mutes: await sendPopup(control, 'mutes/list', {}),
        companies: await sendPopup(control, 'companies/user', {}),
      });
      const before = await snapshot();
      const exported = await sendPopup<Reply<{ json: string }>>(control, 'backup/export', {});
      if (!exported.ok) throw new Error(exported.error);
      // A real backup with valid changes (mode off, a mute, a new article) and one bad field: a javascript: URL.
      const file = JSON.parse(exported.value.json) as {
        settings: { mode: string };
        mutes: unknown[];
        articles: Record<string, unknown>[];
      };
      file.settings.mode = 'off';
      file.mutes.push({ kind: 'company', value: 'google', createdAt: Date.now() });
      const copy = file.articles[0]!;
      const index = file.articles.length;
      file.articles.push({
        ...copy,
        url: 'javascript:alert(1)',
        canonicalUrl: 'https://news.example/imported',
      });

      const page = await openLibrary(ext, '/settings', lang);
      const input = page.getByTestId('import-file');
      await input.setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      const error = page.getByTestId('import-error');
      await error.waitFor();
      const text = plain(await error.innerText());
      expect(text).toMatch(lang === 'en' ? /not imported/ : /لم يُستورد الملف/);
      expect(text).toContain(`articles[${index}].url`);
      await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);

      // Not JSON at all.
      await input.setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "privacy-radar-backup", '),
      });
      await expect.poll(async () => plain(await error.innerText()), { timeout: 10_000 }).toMatch(/JSON/);

      expect(await snapshot()).toEqual(before);
      // The settings page itself still shows the old mode.
      await expect(page.getByTestId('mode-off').isChecked()).resolves.toBe(false);
      await page.close();
    },
  );

  it('has no serious or critical axe violation on any library view, in English and Arabic', async () => {
    const seed = await savedSeed();
    const found: Record<string, AxeFinding[]> = {};
    const check = async (page: Page, lang: UiLang, name: string) => {
      const violations = await seriousAxeViolations(page);
      if (violations.length) found[`${lang} ${name}`] = violations;
    };
    for (const lang of UI_LANGS) {
      const page = await openLibrary(ext, '/articles', lang);
      await row(page, seed.canonicalUrl).waitFor();
      await check(page, lang, 'articles');

      await page.getByTestId('search').fill('لا شيء يطابق هذا');
      await page.getByTestId('no-results').waitFor();
      await check(page, lang, 'articles, no results');

      await goRoute(page, `/article/${encodeURIComponent(seed.canonicalUrl)}`, 'article');
      await page.getByTestId('article-view').waitFor();
      expect(await page.getByTestId('article-title').textContent()).toBe(SEED_TITLE);
      await check(page, lang, 'article');

      await goRoute(page, '/company', 'company');
      await page.getByTestId('company-index').waitFor();
      await check(page, lang, 'company index');

      await goRoute(page, '/company/facebook', 'company');
      const view = page.locator('[data-testid="company-view"][data-company="facebook"]');
      await view.waitFor();
      await page.getByTestId('year-chart').waitFor();
      await page
        .locator('[data-testid="timeline-year"][data-year="2018"] [data-id="FB-BANKS-WSJ-2018"]')
        .waitFor();
      await view.locator(`[data-testid="related-item"][data-id="${seed.canonicalUrl}"]`).waitFor();
      if (lang === 'ar') expect(await view.locator('h2').innerText()).toContain('فيسبوك');
      await check(page, lang, 'company');

      await goRoute(page, '/settings', 'settings');
      await page.getByTestId('settings-view').waitFor();
      await page.getByTestId('kb-version').waitFor();
      expect((await page.getByTestId('kb-version').innerText()).trim()).not.toBe('');
      expect((await page.getByTestId('kb-as-of').innerText()).trim()).not.toBe('');
      await check(page, lang, 'settings');
      await page.close();
    }
    expect(found).toEqual({});
  });
});
