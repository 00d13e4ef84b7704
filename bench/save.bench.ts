/**
 * `npm run bench:save`: what saving a page costs the page. For each real page, the seed, and generated large
 * pages, the built extension (Chromium) saves the page from an extension page, as the popup does, while the
 * page is traced. Prints the save's wall time, all work on the page's main thread during the save and its
 * longest task (from a Chromium trace of the page's renderer: the pages' own scripts are idle by then, and the
 * offscreen document's parsing is not the page's cost). A PerformanceObserver for long tasks in the page was
 * tried and dropped: it never reported the isolated world's tasks, even a 1.5 s one the trace showed.
 *
 * BENCH_DIST=path/to/dist/chromium measures another build (e.g. an older commit's) the same way.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/support/chromium';
import { extensionPage, sendPopup, tabIdOf } from '../tests/browser/support/extension-page';
import { sharedDir } from '../tests/browser/support/paths';
import { startServer } from '../tests/browser/support/server';
import { hostilePages } from '../tests/browser/support/hostile-pages';
import { articleHtml } from './support/pages';
import { mainThreadTasks, pageProcesses, startTrace } from './support/trace';

const RUNS = Number(process.env.RUNS ?? 3);
const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '—');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Resolves once the tab's content script has reported its first full scan. */
async function scanned(popup: Page, tabId: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const reply = (await sendPopup(popup, 'tab/state', { tabId })) as {
      ok: boolean;
      value?: { state: unknown };
    };
    if (reply.ok && reply.value?.state) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tab ${tabId} never reported a scan`);
}

async function main() {
  const server = await startServer();
  const ext = await launchChromium(process.env.BENCH_DIST ? { dist: resolve(process.env.BENCH_DIST) } : {});
  server.page('/bench/article-1mb.html', articleHtml(1_000_000));
  server.page('/bench/article-5mb.html', articleHtml(5_000_000));
  const hostile = hostilePages(server.url('/')).filter((p) =>
    ['huge-dom-200k-text-nodes', 'five-mb-single-text-node', 'deep-nesting-1000'].includes(p.name),
  );
  for (const p of hostile) server.page(`/hostile/${p.name}.html`, p.html);
  const pages = [
    ...readdirSync(resolve(sharedDir, 'pages'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/pages/${f}`),
    '/seed-ar.html',
    '/bench/article-1mb.html',
    '/bench/article-5mb.html',
    ...hostile.map((p) => `/hostile/${p.name}.html`),
  ];
  const popup = await extensionPage(ext);
  console.log(
    `build: ${process.env.BENCH_DIST ?? 'dist/chromium'}; runs per page: ${RUNS} (median; longest: max)`,
  );
  console.log(
    ['page', 'save ms (wall)', 'page main-thread busy ms', 'longest page task ms (trace)', 'extraction'].join(
      ' | ',
    ),
  );
  // BENCH_ONLY=substring: only the pages whose path contains it.
  for (const path of pages.filter((p) => p.includes(process.env.BENCH_ONLY ?? ''))) {
    const url = server.url(path);
    const rows: { wall: number; total: number; longest: number }[] = [];
    let extraction = '';
    for (let run = 0; run < RUNS; run++) {
      const page = await ext.context.newPage();
      await page.goto(url, { timeout: 120_000 });
      const tabId = await tabIdOf(ext, url);
      // Let the annotation of the page finish first (the content script reports its full scan to the
      // background): the save is what is measured.
      await scanned(popup, tabId);
      // …and the garbage collection that follows a large page's annotation.
      await page.waitForTimeout(2_000);
      const cdp = await ext.context.newCDPSession(page);
      const stop = await startTrace(cdp);
      await page.evaluate(() => console.timeStamp('privacy-radar-save-start'));
      const t0 = performance.now();
      const reply = (await sendPopup(popup, 'tab/save', { tabId })) as
        { ok: true; value: { article: { extraction: string } } } | { ok: false; error: string };
      const wall = performance.now() - t0;
      await page.waitForTimeout(200);
      await page.evaluate(() => console.timeStamp('privacy-radar-save-end'));
      const events = await stop();
      const pids = pageProcesses(events, url);
      if (pids.size === 0) throw new Error(`the trace shows no renderer for ${url}`);
      const stats = mainThreadTasks(events, pids, {
        from: 'privacy-radar-save-start',
        to: 'privacy-radar-save-end',
      });
      if (process.env.DEBUG) console.log([...pids], stats);
      extraction = reply.ok ? reply.value.article.extraction : `error: ${reply.error}`;
      rows.push({
        wall,
        total: stats.totalMs,
        longest: stats.longestMs,
      });
      await cdp.detach();
      await page.close();
    }
    console.log(
      [
        path,
        fmt(median(rows.map((r) => r.wall))),
        fmt(median(rows.map((r) => r.total))),
        fmt(Math.max(...rows.map((r) => r.longest))),
        extraction,
      ].join(' | '),
    );
  }
  await popup.close();
  await ext.close();
  await server.close();
}

await main();
