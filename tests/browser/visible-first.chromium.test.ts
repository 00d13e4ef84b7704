/**
 * Visible blocks first: on a long page opened scrolled to its middle, the highlights in the viewport come
 * before those at the top of the page; when the reader scrolls during the scan, the highlights follow them.
 * The page itself (main world) notes the order in which highlight ranges appear in `CSS.highlights`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, skipChromium, type ExtensionBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { waitForStableHighlights } from './support/page-state';

const PARAGRAPHS = 4_000;
/** Every fourth paragraph reports a data request. */
const isData = (i: number) => i % 4 === 0;
const EXPECTED = Array.from({ length: PARAGRAPHS }, (_, i) => i).filter(isData).length;

/**
 * The page: `start` is the paragraph scrolled into view while it parses (before the content script runs);
 * `follow`, if set, the one the "reader" scrolls to as soon as the first highlight shows. A main-world poll
 * records, for each paragraph, the poll at which its highlight was first seen.
 */
function longPage(start: number, follow: number | null): string {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) =>
    isData(i)
      ? `<p id="p${i}">Google collected location data from millions of phones, report number ${i} said.</p>`
      : `<p id="p${i}">Weather news for the region, item ${i}: light rain in the morning, then sun.</p>`,
  ).join('');
  const watch = `
    window.__seen = {}; let poll = 0;
    const tick = () => {
      poll++;
      const h = CSS.highlights.get('privacy-radar-data');
      let any = false;
      if (h) for (const r of h) {
        any = true;
        const id = r.startContainer.parentElement.id;
        if (!(id in window.__seen)) window.__seen[id] = poll;
      }
      if (any && ${follow ?? -1} >= 0 && !window.__followed) {
        window.__followed = true;
        document.getElementById('p${follow ?? 0}').scrollIntoView({ block: 'center' });
      }
      setTimeout(tick, 0);
    };
    tick();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>long</title>
<script>${watch}</script></head><body>${paragraphs}
<script>document.getElementById('p${start}').scrollIntoView({ block: 'center' });</script></body></html>`;
}

describe.skipIf(skipChromium)('visible blocks first in Chromium', () => {
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

  /** Opens the page, waits for every highlight, and returns when each paragraph's highlight was first seen. */
  async function run(path: string, html: string): Promise<{ page: Page; seen: Record<string, number> }> {
    server.page(path, html);
    const page = await ext.context.newPage();
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    const settled = await waitForStableHighlights(page, 1_000, 60_000);
    expect(settled['privacy-radar-data']).toHaveLength(EXPECTED);
    const seen = (await page.evaluate('window.__seen')) as Record<string, number>;
    expect(Object.keys(seen)).toHaveLength(EXPECTED);
    return { page, seen };
  }

  /** The data paragraphs whose box meets the viewport now. */
  async function inViewport(page: Page): Promise<number[]> {
    return (await page.evaluate(`[...document.querySelectorAll('p')]
      .filter((p) => { const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })
      .map((p) => Number(p.id.slice(1)))`)) as number[];
  }

  const when = (seen: Record<string, number>, paragraphs: number[]) =>
    paragraphs.filter(isData).map((i) => seen[`p${i}`]!);

  it('highlights the viewport of a page opened at its middle before the top of the page', async () => {
    const middle = PARAGRAPHS / 2;
    const { page, seen } = await run('/long-middle.html', longPage(middle, null));
    const visible = await inViewport(page);
    expect(visible).toContain(middle);
    const firstPoll = Math.min(...Object.values(seen));
    // The first highlights seen are the visible ones, and all of them come before any at the top.
    expect(when(seen, visible)).toContain(firstPoll);
    const top = Array.from({ length: 100 }, (_, i) => i);
    expect(Math.max(...when(seen, visible))).toBeLessThan(Math.min(...when(seen, top)));
    await page.close();
  });

  it('follows the reader who scrolls while the page is read', async () => {
    const end = PARAGRAPHS - 100;
    const { page, seen } = await run('/long-follow.html', longPage(PARAGRAPHS / 2, end));
    const visible = await inViewport(page);
    expect(visible).toContain(end);
    // In document order, or spreading from the middle without following, paragraphs a quarter of the way
    // down come well before the ones near the end the reader scrolled to.
    const quarter = Array.from({ length: 100 }, (_, i) => PARAGRAPHS / 4 + i);
    expect(Math.max(...when(seen, visible))).toBeLessThan(Math.min(...when(seen, quarter)));
    await page.close();
  });
});
