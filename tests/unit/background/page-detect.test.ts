/**
 * 'page/detect' through the real router and handlers: detection answers per window, in order, with the page
 * evidence of each; the user's own companies are detected as soon as they are added, and no longer once removed.
 */
import { describe, expect, it } from 'vitest';
import type { CompanyLabel, RemoteDetection } from '../../../src/core';
import { sentenceFingerprint } from '../../../src/core/fingerprint';
import { createKbWorld, senders } from '../support/kb-world';

type World = Awaited<ReturnType<typeof createKbWorld>>;

type Answer = { results: RemoteDetection[]; companies: CompanyLabel[] };

async function answer(world: World, windows: { text: string; known: string[] }[]): Promise<Answer> {
  const reply = await world.route(
    { channel: 'content', type: 'page/detect', payload: { windows } },
    senders.page,
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Answer;
}

async function detect(
  world: World,
  windows: { text: string; known: string[] }[],
): Promise<RemoteDetection[]> {
  return (await answer(world, windows)).results;
}

const popup = (world: World, type: string, payload: unknown) =>
  world.route({ channel: 'popup', type, payload }, senders.library);

describe('page/detect', () => {
  it('answers each window in order, with its own page evidence, and names the evidence it was denied', async () => {
    const world = await createKbWorld({ seed: false });
    const text = 'Apple sells phones.';
    const [alone, known, data] = await detect(world, [
      { text, known: [] },
      { text, known: ['apple'] },
      { text: "Facebook asked banks for customers' financial data.", known: [] },
    ]);
    // "Apple" alone is a company only when the page named Apple elsewhere.
    expect(alone).toEqual({ found: [], denied: ['apple'] });
    expect(known!.found.map(({ mention: m }) => [m.companyId, m.start, m.end])).toEqual([['apple', 0, 5]]);
    expect(known!.denied).toEqual([]);
    expect(data!.found.map((f) => f.mention)).toMatchObject([
      { companyId: 'facebook', kind: 'data', dataTypes: ['financial'] },
    ]);
  });

  it('gives each mention its sentence as shown (white space collapsed), its fingerprint and its script', async () => {
    const world = await createKbWorld({ seed: false });
    const en =
      'Weather news.  Facebook asked \u00a0banks  for customers\u2019 financial data. Google did not.';
    const ar = 'طلبت شركة فيسبوك من البنوك\u00a0 تفاصيل العملاء المصرفية.';
    const [english, arabic] = await detect(world, [
      { text: en, known: [] },
      { text: ar, known: [] },
    ]);
    const sentence = 'Facebook asked banks for customers\u2019 financial data.';
    expect(english!.found.map((f) => [f.mention.companyId, f.sentence, f.lang])).toEqual([
      ['facebook', sentence, 'en'],
      ['google', 'Google did not.', 'en'],
    ]);
    // The fingerprint a correction of this sentence stores, whatever its spacing on the page.
    expect(english!.found[0]!.fingerprint).toBe(sentenceFingerprint('facebook', sentence));
    expect(arabic!.found.map((f) => [f.mention.companyId, f.sentence, f.lang])).toEqual([
      ['facebook', 'طلبت شركة فيسبوك من البنوك تفاصيل العملاء المصرفية.', 'ar'],
    ]);
  });

  it('labels the companies it found and their parents, each once, and no other', async () => {
    const world = await createKbWorld({ seed: false });
    const { companies } = await answer(world, [
      { text: 'Instagram shared location data with advertisers.', known: [] },
      { text: 'تطلب إنستغرام بيانات المستخدمين. Weather: sunny.', known: [] },
      { text: 'Apple sells phones.', known: [] },
    ]);
    // Instagram's parent is Meta, and the card names it; Apple was not found (no evidence), so not labelled.
    expect(companies).toEqual([
      { id: 'instagram', name: 'Instagram', nameAr: 'إنستغرام', parent: 'meta' },
      { id: 'meta', name: 'Meta', nameAr: 'ميتا', parent: null },
    ]);
  });

  it('compiles the lexicon again when the user changes companies or aliases, and only then', async () => {
    const world = await createKbWorld({ seed: false });
    const first = await world.detector.lexicon();
    // A mute, a correction and a setting change what pages show, not what is detected: the lexicon is kept.
    expect((await popup(world, 'mute/add', { kind: 'company', value: 'facebook' })).ok).toBe(true);
    expect(
      (await popup(world, 'correction/add', { companyId: 'facebook', sentence: 'Facebook asked banks.' })).ok,
    ).toBe(true);
    expect((await popup(world, 'settings/set', { mode: 'all' })).ok).toBe(true);
    expect(await world.detector.lexicon()).toBe(first);
    expect(
      (await popup(world, 'alias/add', { companyId: 'facebook', lang: 'en', alias: 'Facebook Blue' })).ok,
    ).toBe(true);
    const second = await world.detector.lexicon();
    expect(second).not.toBe(first);
    const [found] = await detect(world, [{ text: 'Facebook Blue asked banks for account data.', known: [] }]);
    expect(found!.found.map((f) => f.mention.alias)).toEqual(['Facebook Blue']);
  });

  it("detects the user's own company once it is added, and not after it is removed", async () => {
    const world = await createKbWorld({ seed: false });
    const text = 'Zorblax Analytics collected location data from millions of phones.';
    expect((await detect(world, [{ text, known: [] }]))[0]!.found).toEqual([]);
    const added = await popup(world, 'company/add', {
      name: 'Zorblax Analytics',
      aliases: { en: [], ar: [] },
    });
    expect(added.ok).toBe(true);
    const {
      results: [found],
      companies,
    } = await answer(world, [{ text, known: [] }]);
    expect(found!.found.map((f) => f.mention)).toMatchObject([
      { companyId: 'zorblax-analytics', kind: 'data', alias: 'Zorblax Analytics' },
    ]);
    expect(companies).toEqual([
      { id: 'zorblax-analytics', name: 'Zorblax Analytics', nameAr: null, parent: null },
    ]);
    expect((await popup(world, 'company/remove', { companyId: 'zorblax-analytics' })).ok).toBe(true);
    expect((await detect(world, [{ text, known: [] }]))[0]!.found).toEqual([]);
  });

  it('refuses a window, a count of windows or a total of text over the limits, without detecting', async () => {
    const world = await createKbWorld({ seed: false });
    const long = await world.route(
      {
        channel: 'content',
        type: 'page/detect',
        payload: { windows: [{ text: 'a'.repeat(16_385), known: [] }] },
      },
      senders.page,
    );
    expect(long.ok).toBe(false);
    const many = await world.route(
      {
        channel: 'content',
        type: 'page/detect',
        payload: { windows: Array.from({ length: 257 }, () => ({ text: 'Google', known: [] })) },
      },
      senders.page,
    );
    expect(many.ok).toBe(false);
    const heavy = await world.route(
      {
        channel: 'content',
        type: 'page/detect',
        payload: { windows: Array.from({ length: 5 }, () => ({ text: 'Google '.repeat(2_000), known: [] })) },
      },
      senders.page,
    );
    expect(heavy).toMatchObject({ ok: false, error: expect.stringContaining('65536 characters') });
    expect(world.calls).not.toContain('content:page/detect');
  });
});
