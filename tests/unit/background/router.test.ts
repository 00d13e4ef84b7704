import { describe, expect, it } from 'vitest';
import { createRouter, type Sender } from '../../../src/background/router';

const ORIGIN = 'chrome-extension://ourid/';
const fromPage: Sender = { id: 'ourid', url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const fromPopup: Sender = { id: 'ourid', url: `${ORIGIN}src/popup/popup.html` };

function makeRouter() {
  const calls: unknown[] = [];
  const route = createRouter({
    extensionId: 'ourid',
    extensionOrigin: ORIGIN,
    content: {
      'page/config': (payload: unknown) => {
        calls.push(payload);
        return { enabled: true, mode: 'data', mutedCompanies: [], corrections: [] };
      },
      'page/scanned': () => {
        throw new Error('storage is gone');
      },
    } as never,
    popup: { 'tab/state': (p: { tabId?: number }) => ({ tabId: p.tabId ?? 1, state: null }) } as never,
  });
  return { route, calls };
}

describe('router', () => {
  const cases: [string, unknown, Sender, RegExp][] = [
    ['not an object', 'hello', fromPage, /malformed/],
    [
      'extra envelope key',
      { channel: 'content', type: 'page/config', payload: {}, x: 1 },
      fromPage,
      /malformed/,
    ],
    ['unknown channel', { channel: 'admin', type: 'x', payload: {} }, fromPage, /malformed/],
    [
      'another extension',
      { channel: 'content', type: 'page/config', payload: {} },
      { ...fromPage, id: 'evil' },
      /another extension/,
    ],
    [
      'popup message from a page',
      { channel: 'popup', type: 'tab/state', payload: {} },
      fromPage,
      /own pages/,
    ],
    [
      'content message from our page',
      { channel: 'content', type: 'page/config', payload: {} },
      { ...fromPopup, tab: { id: 3 } },
      /web page/,
    ],
    [
      'unknown type',
      { channel: 'content', type: '__proto__', payload: {} },
      fromPage,
      /unknown message type/,
    ],
    [
      'javascript: url',
      { channel: 'content', type: 'page/config', payload: { url: 'javascript:alert(1)' } },
      fromPage,
      /http/,
    ],
    [
      'extra payload key',
      { channel: 'content', type: 'page/config', payload: { url: 'https://a.b/', x: 1 } },
      fromPage,
      /invalid page\/config/,
    ],
    [
      'background channel',
      { channel: 'background', type: 'page/rescan', payload: {} },
      fromPopup,
      /does not accept/,
    ],
  ];

  it.each(cases)('refuses %s with an error response', async (_name, message, sender, error) => {
    const { route, calls } = makeRouter();
    const reply = await route(message, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(calls).toEqual([]);
  });

  it('routes a valid message to its handler with the validated payload', async () => {
    const { route, calls } = makeRouter();
    const reply = await route(
      { channel: 'content', type: 'page/config', payload: { url: 'https://a.b/' } },
      fromPage,
    );
    expect(reply).toEqual({
      ok: true,
      value: { enabled: true, mode: 'data', mutedCompanies: [], corrections: [] },
    });
    expect(calls).toEqual([{ url: 'https://a.b/' }]);
  });

  it('turns a handler exception into an error response', async () => {
    const { route } = makeRouter();
    const reply = await route(
      {
        channel: 'content',
        type: 'page/scanned',
        payload: { url: 'https://a.b/', title: '', frameMentions: [] },
      },
      fromPage,
    );
    expect(reply).toEqual({ ok: false, error: 'storage is gone' });
  });

  it('accepts popup messages from our own pages', async () => {
    const { route } = makeRouter();
    expect(await route({ channel: 'popup', type: 'tab/state', payload: { tabId: 4 } }, fromPopup)).toEqual({
      ok: true,
      value: { tabId: 4, state: null },
    });
  });
});
