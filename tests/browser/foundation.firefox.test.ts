import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxHighlights,
  launchFirefox,
  probe,
  skipFirefox,
  type FirefoxWithExtension,
} from './support/firefox';
import { startServer, type TestServer } from './support/server';

describe.skipIf(skipFirefox)('foundation in Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefox('firefox-probe');
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('runs the content script on a local page (the background answered its config request)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/story-en.html'));
    // The page is annotated in slices: wait for the name, not for the first highlight (another may come first).
    const highlights = await firefoxHighlights(
      page,
      (h) => h['privacy-radar-data']?.includes('Facebook') ?? false,
    );
    expect(highlights['privacy-radar-data']).toContain('Facebook');
    await page.close();
  });

  it('answers a valid message, rejects malformed ones, and keeps serving', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/story-en.html'));
    const url = server.url('/story-en.html');
    expect(await probe(page, { channel: 'content', type: 'page/config', payload: { url } })).toMatchObject({
      ok: true,
      value: { enabled: true },
    });
    expect(await probe(page, 'garbage')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/malformed/),
    });
    expect(
      await probe(page, { channel: 'content', type: 'page/config', payload: { url: 'javascript:alert(1)' } }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/http/),
    });
    // A content script may not speak for our own pages.
    expect(await probe(page, { channel: 'popup', type: 'tab/state', payload: {} })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refused/),
    });
    expect(await probe(page, { channel: 'content', type: 'page/config', payload: { url } })).toMatchObject({
      ok: true,
    });
    await page.close();
  });
});
