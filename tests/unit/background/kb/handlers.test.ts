import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter, type RouterOptions, type Sender } from '../../../../src/background/router';
import { createKbHandlers } from '../../../../src/background/kb/handlers';
import type { TabMention, TabState } from '../../../../src/shared/messages';
import { articleInput, freshIndexedDb, openFixtureDb } from './fixtures';

beforeEach(freshIndexedDb);

const ORIGIN = 'chrome-extension://ourid/';
const fromPage: Sender = { id: 'ourid', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 };
const fromPopup: Sender = { id: 'ourid', url: `${ORIGIN}src/popup/popup.html` };

function mention(companyId: string, fields: Partial<TabMention> = {}): TabMention {
  return {
    id: 0,
    frameId: 0,
    companyId,
    alias: companyId,
    kind: 'data',
    action: 'requested',
    dataTypes: ['financial'],
    counterparties: [],
    evidence: [],
    sentence: `${companyId} asked for bank data.`,
    lang: 'en',
    ...fields,
  };
}

function setup(tabState: TabState | null = null) {
  const { connection } = openFixtureDb();
  const rescanned: number[] = [];
  const kb = createKbHandlers({
    connection,
    tabs: { get: async () => tabState },
    activeTabId: async () => 3,
    session: { get: async () => ({ 'tab:3': {}, 'tab:9': {}, unrelated: 1 }) },
    sendRescan: async (tabId) => void rescanned.push(tabId),
    storage: { persisted: async () => true, estimate: async () => ({ usage: 10, quota: 100 }) },
    now: () => 1_000,
  });
  const route = createRouter({
    extensionId: 'ourid',
    extensionOrigin: ORIGIN,
    // Only the knowledge base's handlers are under test: the other entries of the contract are not wired.
    content: { ...kb.content } as unknown as RouterOptions['content'],
    popup: { ...kb.popup } as unknown as RouterOptions['popup'],
  });
  const send = (channel: 'content' | 'popup', type: string, payload: unknown) =>
    route({ channel, type, payload }, channel === 'content' ? fromPage : fromPopup);
  return { send, rescanned, connection };
}

describe('knowledge-base messages', () => {
  it.each([
    ['article/delete', { canonicalUrl: 'https://news.example/a' }],
    ['article/restore', { canonicalUrl: 'https://news.example/a' }],
    ['article/get', { url: 'https://news.example/a' }],
    ['articles/list', {}],
    ['settings/set', { paused: true }],
    ['mute/remove', { kind: 'company', value: 'google' }],
    ['correction/remove', { fingerprint: 'facebook|abc' }],
    ['company/add', { name: 'Acme', aliases: { en: [], ar: [] } }],
    ['backup/import', { text: '{}', dryRun: true }],
    ['backup/export', {}],
  ])('refuses the privileged %s from a content script', async (type, payload) => {
    const { send } = setup();
    expect(await send('content', type, payload)).toEqual({
      ok: false,
      error: `unknown message type: ${type}`,
    });
    // The same message from our own pages reaches its handler.
    expect(await send('popup', type, payload)).not.toMatchObject({
      error: expect.stringMatching(/^(unknown message type|refused:)/),
    });
  });

  it('accepts the additive mute and correction from the hover card, and asks known tabs to rescan', async () => {
    const { send, rescanned } = setup();
    const muted = await send('content', 'mute/add', { kind: 'company', value: 'google' });
    expect(muted).toMatchObject({
      ok: true,
      value: { created: true, mute: { kind: 'company', value: 'google' } },
    });
    await vi.waitFor(() => expect(rescanned.sort()).toEqual([3, 9]));
    const corrected = await send('content', 'correction/add', {
      companyId: 'facebook',
      sentence: 'Facebook said no.',
    });
    expect(corrected).toMatchObject({ ok: true, value: { created: true } });
    const config = await send('content', 'page/config', { url: 'https://news.example/a' });
    expect(config).toMatchObject({
      ok: true,
      value: { mutedCompanies: ['google'], corrections: [expect.any(String)] },
    });
    expect(await send('popup', 'mute/remove', { kind: 'company', value: 'google' })).toEqual({
      ok: true,
      value: { removed: true },
    });
  });

  it('saves from a content script and from the popup; only the popup reads the text back', async () => {
    const { send } = setup();
    expect(await send('content', 'article/save', articleInput('https://news.example/a'))).toMatchObject({
      ok: true,
      value: { created: true },
    });
    expect(await send('popup', 'article/save', articleInput('https://news.example/a'))).toMatchObject({
      ok: true,
      value: { created: false },
    });
    const got = await send('popup', 'article/get', { url: 'https://news.example/a' });
    expect(got).toMatchObject({
      ok: true,
      value: { article: { text: expect.stringContaining('The text of') } },
    });
  });

  it.each([
    ['a text over 2 MB', 'article/save', articleInput('https://a.example/', { text: 'x'.repeat(2_000_001) })],
    [
      'a javascript: URL',
      'article/save',
      articleInput('https://a.example/', { canonicalUrl: 'javascript:alert(1)' }),
    ],
    [
      'six summary sentences',
      'article/save',
      articleInput('https://a.example/', { summary: Array(6).fill('s') }),
    ],
    [
      'too many mentions',
      'related/get',
      { pageUrl: 'https://a.example/', mentions: Array(101).fill({ companyId: 'x', dataTypes: [] }) },
    ],
    ['no mentions', 'related/get', { pageUrl: 'https://a.example/', mentions: [] }],
    ['a bad company id', 'mute/add', { kind: 'company', value: 'Not An Id' }],
    ['a long sentence', 'correction/add', { companyId: 'facebook', sentence: 's'.repeat(2_001) }],
  ])('refuses %s', async (_name, type, payload) => {
    const { send } = setup();
    const reply = await send('content', type, payload);
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ error: expect.stringMatching(new RegExp(`^invalid ${type}:`)) });
  });

  it('summarises the popup’s tab with related reporting per company', async () => {
    const state: TabState = {
      url: 'https://news.example/a',
      title: 'A',
      mentions: [
        mention('google'),
        mention('facebook'),
        mention('facebook', { kind: 'plain', action: undefined }),
      ],
      dataCount: 2,
      scannedAt: 1,
    };
    const { send } = setup(state);
    const reply = await send('popup', 'page/summary', {});
    expect(reply).toMatchObject({ ok: true, value: { tabId: 3, config: { enabled: true } } });
    const companies = reply.ok
      ? (reply.value as { companies: { companyId: string; related: { id: string }[] }[] }).companies
      : [];
    expect(companies.map((c) => c.companyId)).toEqual(['facebook', 'google']);
    expect(companies[0]?.related[0]?.id).toBe('FB-BANKS');
  });

  it('reports the bundle and storage', async () => {
    const { send } = setup();
    expect(await send('popup', 'kb/info', {})).toEqual({
      ok: true,
      value: {
        bundle: { version: '1', asOf: '2026-11-01' },
        counts: { reports: 4, companies: 7, articles: 0 },
        storage: { persisted: true, usage: 10, quota: 100 },
      },
    });
  });
});
