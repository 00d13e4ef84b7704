import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxHighlights, launchFirefox, skipFirefox, type FirefoxWithExtension } from './support/firefox';
import { startServer, type TestServer } from './support/server';

const SNAPSHOT_AT_DOMCONTENTLOADED = () => {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { __before: string }).__before = new XMLSerializer().serializeToString(document);
  });
};
const SERIALIZE = () => new XMLSerializer().serializeToString(document);

describe.skipIf(skipFirefox)('in-page annotation in Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefox('firefox');
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  const cases: [string, string][] = [
    ['/seed-ar.html', 'فيسبوك'],
    ['/story-en.html', 'Facebook'],
    ['/pages/aclu.html', 'Facebook'],
  ];
  it.each(cases)('highlights data requests on %s without changing the page', async (path, name) => {
    const page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(SNAPSHOT_AT_DOMCONTENTLOADED);
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    // Annotated in slices: wait for the name, not for the first highlight (another may come first).
    const h = await firefoxHighlights(page, (x) => x['privacy-radar-data']?.includes(name) ?? false);
    expect(h['privacy-radar-data']).toContain(name);
    if (path !== '/pages/aclu.html') {
      // (The ACLU page runs its own scripts that change its DOM.)
      expect(await page.evaluate(SERIALIZE)).toBe(
        await page.evaluate(() => (window as unknown as { __before: string }).__before),
      );
    }
    await page.close();
  });

  it('shows the card on hover in a closed shadow root, and removes it on Escape', async () => {
    const page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(SNAPSHOT_AT_DOMCONTENTLOADED);
    await page.goto(server.url('/story-en.html'), { waitUntil: 'domcontentloaded' });
    await firefoxHighlights(page, (x) => (x['privacy-radar-data']?.length ?? 0) > 0);
    const point = await page.evaluate(() => {
      const r = [...CSS.highlights.get('privacy-radar-data')!][0] as AbstractRange;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 3, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('privacy-radar-ui') !== null, {
      timeout: 10_000,
    });
    // Closed: the page cannot reach into the card.
    expect(await page.evaluate(() => document.querySelector('privacy-radar-ui')!.shadowRoot)).toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('privacy-radar-ui') === null, {
      timeout: 10_000,
    });
    expect(await page.evaluate(SERIALIZE)).toBe(
      await page.evaluate(() => (window as unknown as { __before: string }).__before),
    );
    await page.close();
  });
});
