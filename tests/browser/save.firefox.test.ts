/**
 * Saving in Firefox: there is no offscreen document there; the page's snapshot is rebuilt and read by
 * Readability in the background page. The save is asked for through the probe's content channel, as the
 * hover card's "save" button asks for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxHighlights,
  launchFirefox,
  probe,
  skipFirefox,
  type FirefoxWithExtension,
} from './support/firefox';
import { startServer, type TestServer } from './support/server';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
interface Saved {
  article: { canonicalUrl: string; title: string; summary: string[]; extraction: string };
  created: boolean;
}

describe.skipIf(skipFirefox)('saving an article in Firefox', () => {
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

  it('saves the seed page (parsed in the background page) and links it from the English story', async () => {
    const seed = await ff.browser.newPage();
    await seed.goto(server.url('/seed-ar.html'));
    await firefoxHighlights(seed, (h) => (h['privacy-radar-data']?.length ?? 0) > 0);
    const saved = (await probe(seed, { channel: 'content', type: 'page/save', payload: {} })) as Reply<Saved>;
    expect(saved).toMatchObject({
      ok: true,
      value: { created: true, article: { extraction: 'readability' } },
    });
    if (!saved.ok) return;
    expect(saved.value.article.title).toContain('فيسبوك');
    expect(saved.value.article.summary.join(' ')).toContain('طلبت الشركة الحصول على تفاصيل العملاء المصرفية');
    const again = (await probe(seed, { channel: 'content', type: 'page/save', payload: {} })) as Reply<Saved>;
    expect(again).toMatchObject({ ok: true, value: { created: false } });

    const story = await ff.browser.newPage();
    await story.goto(server.url('/story-en.html'));
    const related = (await probe(story, {
      channel: 'content',
      type: 'related/get',
      payload: {
        mentions: [{ companyId: 'facebook', action: 'requested', dataTypes: ['financial'] }],
        pageUrl: server.url('/story-en.html'),
      },
    })) as Reply<{ results: { items: { id: string; kind: string }[] }[] }>;
    expect(related.ok).toBe(true);
    if (related.ok) {
      expect(related.value.results[0]!.items.map((item) => item.id)).toContain(
        saved.value.article.canonicalUrl,
      );
    }
    await Promise.all([seed.close(), story.close()]);
  });
});
