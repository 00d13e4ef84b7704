/**
 * `npm run bench:page`: the built extension in Chromium on real and generated pages. For each page: text size,
 * the extension's main-thread work from document_idle until all highlights are registered (median of 5 runs,
 * from a Chromium trace: tasks that ran extension script), its longest task, mark.js marking the same aliases,
 * and the floor (a bare TreeWalker reading the text once). Also, as a second reference, what the least possible
 * content script costs on the same page (bench/support/least-extension: read the text once, send it, register one
 * highlight): no annotator can cost less than that either. Also the page's own DOM edits with the extension on
 * and off, and a feed that appends 100 items every 100 ms.
 *
 * Environment: RUNS (runs per page, default 5), SKIP_MARKJS=1 (no mark.js column: it takes minutes),
 * BENCH_PAGES=aclu,1mb (only the pages whose path contains one of these), BENCH_ONLY=edits (DOM edits and
 * feed only), BENCH_DIST=path/to/dist/chromium (measure that build instead of this one).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, launchPlainChromium } from '../tests/browser/support/chromium';
import { startServer } from '../tests/browser/support/server';
import { repoRoot, sharedDir } from '../tests/browser/support/paths';
import { extensionTasks, startTrace } from './support/trace';
import { articleHtml, feedPageHtml, FLOOR_WALK, highlightsPageHtml, TIME_DOM_EDITS } from './support/pages';

const RUNS = Number(process.env.RUNS ?? 5);
const ONLY_PAGES = process.env.BENCH_PAGES?.split(',').filter(Boolean);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '—');

const companies = JSON.parse(readFileSync(resolve(repoRoot, 'data/companies.json'), 'utf8')) as {
  aliases: { en: string[]; ar: string[] };
}[];
const aliases = [...new Set(companies.flatMap((c) => [...c.aliases.en, ...c.aliases.ar]))];
const markJs = readFileSync(resolve(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

/**
 * How many highlights are registered. By `size`: reading their text would create live Ranges in the page,
 * which stay until garbage collection and slow the page's own DOM edits (what this bench also measures).
 */
async function highlightCount(page: Page): Promise<number> {
  return (await page.evaluate(
    `(CSS.highlights.get('privacy-radar-data')?.size ?? 0) + (CSS.highlights.get('privacy-radar-plain')?.size ?? 0)`,
  )) as number;
}

/** Waits until the highlight count has not changed for `quietMs`. */
async function settle(page: Page, quietMs = 600, maxMs = 30_000): Promise<number> {
  const until = Date.now() + maxMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < until) {
    const n = await highlightCount(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return n;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return last;
}

async function annotateRun(context: BrowserContext, extensionId: string, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  const highlights = await settle(page);
  const stats = extensionTasks(await stop(), extensionId);
  await page.close();
  return { highlights, ...stats };
}

/**
 * Runs `first` then `second` in each of `runs` rounds; returns both series and the median of the rounds'
 * `ratio(first, second)`. The machine's speed drifts by ±20% within a minute: a ratio of two medians taken
 * minutes apart carried that drift, a ratio within one round does not.
 */
async function inRounds<A, B>(
  runs: number,
  first: () => Promise<A>,
  second: () => Promise<B>,
  ratio: (a: A, b: B) => number,
): Promise<{ firsts: A[]; seconds: B[]; ratio: number }> {
  const firsts: A[] = [];
  const seconds: B[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await first();
    const b = await second();
    firsts.push(a);
    seconds.push(b);
    ratios.push(ratio(a, b));
  }
  return { firsts, seconds, ratio: median(ratios) };
}

/** The floor, read cold as our content script reads a page: a fresh page, one walk. */
async function floorRun(context: BrowserContext, url: string): Promise<{ chars: number; ms: number }> {
  const fresh = await context.newPage();
  await fresh.goto(url, { waitUntil: 'load' });
  const [chars, ms] = (await fresh.evaluate(FLOOR_WALK)) as [number, number];
  await fresh.close();
  return { chars, ms };
}

async function markRun(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let markMs = NaN;
  if (process.env.SKIP_MARKJS !== '1') {
    await page.addScriptTag({ content: markJs });
    // A string, not a function: tsx would wrap a function in helpers the page does not have.
    const run = `new Promise((resolve) => {
      const t0 = performance.now();
      new Mark(document.body).mark(${JSON.stringify(aliases)}, {
        separateWordSearch: false,
        accuracy: 'exactly',
        done: () => resolve(performance.now() - t0),
      });
    })`;
    markMs = (await Promise.race([
      // mark.js itself can fail (a RegExp stack overflow on the Arabic seed page here): report it, go on.
      page.evaluate(run).catch((error: unknown) => {
        console.log(`  (mark.js failed on ${url}: ${String(error).split('\n')[0]})`);
        return NaN;
      }),
      new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 90_000)),
    ])) as number;
  }
  await page.close();
  return markMs;
}

async function main() {
  const server = await startServer();
  // BENCH_DIST: another build (to compare two commits on the same machine, run after run).
  const ext = await launchChromium(process.env.BENCH_DIST ? { dist: process.env.BENCH_DIST } : {});
  const plain = await launchPlainChromium();
  const least = await launchChromium({ dist: resolve(import.meta.dirname, 'support/least-extension') });
  server.page('/bench/article-1mb.html', articleHtml(1_000_000));
  const pages = [
    ...readdirSync(resolve(sharedDir, 'pages'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/pages/${f}`),
    '/seed-ar.html',
    '/story-en.html',
    '/bench/article-1mb.html',
  ];
  console.log(`aliases: ${aliases.length}; runs per page: ${RUNS}`);
  console.log(
    [
      'page',
      'chars',
      'highlights',
      'annotate ms (main thread)',
      'span ms',
      'longest task ms',
      'longest without script evaluation',
      'floor ms',
      'ratio (median of the runs)',
      'least content script ms',
      'its ratio to the floor',
      'mark.js ms',
      'mark.js / ours',
    ].join(' | '),
  );
  const chosen = pages.filter((p) => !ONLY_PAGES || ONLY_PAGES.some((part) => p.includes(part)));
  for (const path of process.env.BENCH_ONLY === 'edits' ? [] : chosen) {
    const url = server.url(path);
    // Each round: our extension, the least content script, then the floor both are divided by.
    const toFloor = (run: { totalMs: number }, floor: { ms: number }) =>
      run.totalMs / Math.max(floor.ms, 0.1);
    const {
      firsts: pairs,
      seconds: floors,
      ratio,
    } = await inRounds(
      RUNS,
      async () => ({
        ours: await annotateRun(ext.context, ext.extensionId, url),
        least: await annotateRun(least.context, least.extensionId, url),
      }),
      () => floorRun(plain, url),
      (pair, floor) => toFloor(pair.ours, floor),
    );
    const runs = pairs.map((p) => p.ours);
    const leastRatio = median(pairs.map((p, i) => toFloor(p.least, floors[i]!)));
    const base = {
      chars: floors[0]!.chars,
      floorMs: median(floors.map((f) => f.ms)),
      markMs: await markRun(plain, url),
    };
    const total = median(runs.map((r) => r.totalMs));
    const row = [
      path,
      base.chars,
      runs[0]!.highlights,
      fmt(total),
      fmt(median(runs.map((r) => r.spanMs))),
      fmt(Math.max(...runs.map((r) => r.longestMs))),
      fmt(Math.max(...runs.map((r) => r.longestSlicedMs))),
      fmt(base.floorMs),
      ratio.toFixed(1) + '×',
      fmt(median(pairs.map((p) => p.least.totalMs))),
      leastRatio.toFixed(1) + '×',
      fmt(base.markMs),
      Number.isFinite(base.markMs) ? (base.markMs / Math.max(total, 0.1)).toFixed(0) + '×' : '—',
    ];
    console.log(row.join(' | '));
  }

  // The page's own DOM edits, extension on and off, at 200 and 2,000 highlights.
  for (const n of [200, 2000]) {
    server.page(`/bench/edits-${n}.html`, highlightsPageHtml(n));
    const url = server.url(`/bench/edits-${n}.html`);
    // A few milliseconds each: one sample of each swung from 1.04× to 2.1× from run to run.
    let registered = 0;
    const {
      firsts: ons,
      seconds: offs,
      ratio,
    } = await inRounds(
      RUNS,
      async () => {
        const on = await ext.context.newPage();
        await on.goto(url);
        registered = await settle(on);
        const ms = (await on.evaluate(TIME_DOM_EDITS)) as number;
        await on.close();
        return ms;
      },
      async () => {
        const off = await plain.newPage();
        await off.goto(url);
        const ms = (await off.evaluate(TIME_DOM_EDITS)) as number;
        await off.close();
        return ms;
      },
      (on, off) => on / off,
    );
    console.log(
      `DOM edits (insert+remove 2,000 elements) with ${registered} highlights, median of ${RUNS} rounds: ` +
        `on ${fmt(median(ons))} ms, off ${fmt(median(offs))} ms, ${ratio.toFixed(2)}×`,
    );
  }

  // A feed appending 100 items every 100 ms.
  server.page('/bench/feed.html', feedPageHtml(20));
  const feed = await ext.context.newPage();
  await feed.goto(server.url('/bench/feed.html'));
  // Start-up first (its cost is in the pages table above): the feed's opening item is highlighted.
  await feed.waitForFunction(() => (CSS.highlights.get('privacy-radar-data')?.size ?? 0) > 0, null, {
    timeout: 30_000,
  });
  await settle(feed);
  const cdp = await ext.context.newCDPSession(feed);
  const stop = await startTrace(cdp);
  await feed.evaluate('window.__startFeed()');
  await feed.waitForFunction(
    () => (window as unknown as { __feedDone?: boolean }).__feedDone === true,
    null,
    {
      timeout: 30_000,
    },
  );
  const feedHighlights = await settle(feed);
  const feedStats = extensionTasks(await stop(), ext.extensionId);
  console.log(
    `feed (20 batches of 100 items, after start-up): ${feedHighlights} highlights; extension main-thread ${fmt(feedStats.totalMs)} ms in ${feedStats.count} tasks, ${fmt(feedStats.totalMs / 20)} ms per batch, longest task ${fmt(feedStats.longestMs)} ms`,
  );

  await plain.close();
  await least.close();
  await ext.close();
  await server.close();
}

await main();
