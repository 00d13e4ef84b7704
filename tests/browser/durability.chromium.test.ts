/**
 * No data loss: the service worker is stopped (DevTools protocol, `ServiceWorker.stopAllWorkers`) at random
 * points in the middle of saves and of a 500-article import, and before every message; the browser process is
 * killed right after "Saved" and started again on the same profile. Every record is whole or absent, never
 * half, and the extension keeps working.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { extensionPage, sendPopup, tabIdOf } from './support/extension-page';
import { waitForHighlights } from './support/page-state';
import { createPrng } from '../unit/support/prng';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
interface ListItem {
  canonicalUrl: string;
  summary: string[];
  title: string;
}

/** The project's seeded PRNG (mulberry32): the same seed gives the same run. */
const random = (seed: number): (() => number) => createPrng(seed).next;

function backupWith(articles: number, stamp: string): string {
  const now = Date.now();
  return JSON.stringify({
    format: 'privacy-radar-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    settings: { mode: 'data', paused: false },
    mutes: [],
    corrections: [],
    companies: [],
    aliases: [],
    articles: Array.from({ length: articles }, (_, i) => ({
      url: `https://news.example/${stamp}/${i}`,
      canonicalUrl: `https://news.example/${stamp}/${i}`,
      title: `Imported article ${i}`,
      site: 'news.example',
      byline: '',
      published: null,
      lang: 'en',
      text: `Facebook asked banks to share customers' financial data. Article ${i}. `.repeat(20),
      summary: [`Facebook asked banks to share customers' financial data. Article ${i}.`],
      detections: {
        companies: ['facebook'],
        actions: ['requested'],
        dataTypes: ['financial'],
        sentences: [],
      },
      extraction: 'readability',
      savedAt: now,
      updatedAt: now,
      tags: [],
      note: '',
    })),
  });
}

describe.skipIf(skipChromium)('durability in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;
  let popup: Page;
  let cdp: CDPSession;
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
  const rand = random(seed);

  /**
   * Stops our service worker the way the browser does when it idles it out: `Target.closeTarget` on the
   * worker's target (what puppeteer's WebWorker.close does; `ServiceWorker.stopAllWorkers` from a page's session
   * does not reach extension workers).
   */
  async function stopWorkers(): Promise<void> {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    for (const t of targetInfos) {
      if (t.type === 'service_worker' && t.url.includes(ext.extensionId)) {
        await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
      }
    }
  }
  const send = <T>(type: string, payload: unknown) => sendPopup<Reply<T>>(popup, type, payload);
  /** Every saved article, read back whole (with its text). */
  async function allArticles(): Promise<{ url: string; textLength: number; summary: number }[]> {
    return (await listArticles(true)).whole;
  }
  async function articleCount(): Promise<number> {
    return (await listArticles(false)).total;
  }
  async function listArticles(
    readBack: boolean,
  ): Promise<{ total: number; whole: { url: string; textLength: number; summary: number }[] }> {
    const items: ListItem[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await send<{ total: number; items: ListItem[] }>('articles/list', { offset, limit: 200 });
      if (!page.ok) throw new Error(page.error);
      items.push(...page.value.items);
      if (items.length >= page.value.total || page.value.items.length === 0) break;
    }
    const out = [];
    if (!readBack) return { total: items.length, whole: [] };
    for (const item of items.slice(0, 40)) {
      const got = await send<{ article: { text: string; summary: string[] } }>('article/get', {
        url: item.canonicalUrl,
      });
      if (!got.ok) throw new Error(got.error);
      out.push({
        url: item.canonicalUrl,
        textLength: got.value.article.text.length,
        summary: got.value.article.summary.length,
      });
    }
    return { total: items.length, whole: out };
  }

  beforeAll(async () => {
    console.log(`durability seed: ${seed} (FUZZ_SEED=${seed} repeats this run)`);
    server = await startServer();
    ext = await launchChromium();
    popup = await extensionPage(ext);
    cdp = await ext.context.newCDPSession(popup);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('answers every feature when the worker was stopped before each message', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/story-en.html'));
    await waitForHighlights(page, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const tabId = await tabIdOf(ext, server.url('/story-en.html'));
    const calls: [string, unknown][] = [
      ['kb/info', {}],
      ['settings/get', {}],
      [
        'related/get',
        {
          mentions: [{ companyId: 'facebook', dataTypes: ['financial'] }],
          pageUrl: server.url('/story-en.html'),
        },
      ],
      ['tab/state', { tabId }],
      ['page/summary', { tabId }],
      ['tab/save', { tabId }],
      ['articles/list', { offset: 0, limit: 10 }],
      ['mutes/list', {}],
      ['corrections/list', {}],
      ['backup/export', {}],
    ];
    const worker = () => ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId))!;
    let restarted = 0;
    for (const [type, payload] of calls) {
      await worker().evaluate(() => ((globalThis as { __alive?: boolean }).__alive = true));
      await stopWorkers();
      const reply = await send(type, payload);
      expect(reply, type).toMatchObject({ ok: true });
      // The answer came from a fresh worker: the old one, and what it held in memory, is gone.
      if ((await worker().evaluate(() => (globalThis as { __alive?: boolean }).__alive)) === undefined)
        restarted++;
    }
    expect(restarted).toBe(calls.length);
    await page.close();
  });

  it('keeps every save whole or absent when the worker is stopped in the middle', async () => {
    const urls: string[] = [];
    for (let i = 0; i < 8; i++) {
      const path = `/durable-${i}.html`;
      server.page(
        path,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Durable ${i}</title></head><body><article><h1>Durable ${i}</h1>${'<p>Google collected location data from phones even when people said no. The report named several apps that shared the data.</p>'.repeat(200)}</article></body></html>`,
      );
      const page = await ext.context.newPage();
      await page.goto(server.url(path));
      const tabId = await tabIdOf(ext, server.url(path));
      // The reply may never come (the worker is stopped under it): that is the point.
      const saving = send('tab/save', { tabId }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, rand() * 150));
      await stopWorkers();
      await saving;
      urls.push(server.url(path));
      await page.close();
    }
    for (const a of await allArticles()) {
      // Whole: a saved article always has its text and its summary.
      expect(a.textLength, a.url).toBeGreaterThan(1000);
      expect(a.summary, a.url).toBeGreaterThan(0);
    }
    // The next save works.
    const page = await ext.context.newPage();
    await page.goto(server.url('/durable-0.html'));
    const tabId = await tabIdOf(ext, server.url('/durable-0.html'));
    expect(await send('tab/save', { tabId })).toMatchObject({ ok: true });
    await page.close();
  });

  it('imports 500 articles all or nothing when the worker is stopped in the middle', async () => {
    for (let round = 0; round < 4; round++) {
      const before = await articleCount();
      const importing = send('backup/import', {
        text: backupWith(500, `round-${round}`),
        dryRun: false,
      }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, rand() * 400));
      await stopWorkers();
      await importing;
      const after = await articleCount();
      expect([before, before + 500]).toContain(after);
    }
  }, 300_000);

  it('still has an article after the browser is killed right after "Saved"', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'privacy-radar-kill-'));
    try {
      let browser = await launchChromium({ profile });
      const page = await browser.context.newPage();
      await page.goto(server.url('/seed-ar.html'));
      await waitForHighlights(page, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
      const tabId = await tabIdOf(browser, server.url('/seed-ar.html'));
      const own = await extensionPage(browser);
      const saved = await sendPopup<Reply<{ article: { canonicalUrl: string } }>>(own, 'tab/save', { tabId });
      expect(saved.ok).toBe(true);
      // Kill -9 every process of this profile: no orderly shutdown, no flush.
      execFileSync('pkill', ['-9', '-f', `user-data-dir=${profile}`]);
      await browser.context.close().catch(() => undefined);
      browser = await launchChromium({ profile });
      const again = await extensionPage(browser);
      const list = await sendPopup<Reply<{ items: ListItem[] }>>(again, 'articles/list', {
        offset: 0,
        limit: 10,
      });
      expect(list.ok && list.value.items.map((i) => i.canonicalUrl)).toContain(
        saved.ok && saved.value.article.canonicalUrl,
      );
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
