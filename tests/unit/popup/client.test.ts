import { describe, expect, it, vi } from 'vitest';

// The real seam loads webextension-polyfill, which refuses to load outside an extension.
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const { createClient } = await import('../../../src/popup/client');
const { createTabActions } = await import('../../../src/background/tab-actions');

describe('popup client', () => {
  it('retries a failed call once after a short delay (the worker may be restarting)', async () => {
    const send = vi
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        error: 'Could not establish connection. Receiving end does not exist.',
      })
      .mockResolvedValueOnce({ ok: true, value: { mode: 'data', paused: false } });
    const client = createClient(send, 5);
    await expect(client.call('settings/get', {})).resolves.toEqual({
      ok: true,
      value: { mode: 'data', paused: false },
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second failure', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, error: 'no answer' });
    const client = createClient(send, 5);
    await expect(client.call('kb/info', {})).resolves.toEqual({ ok: false, error: 'no answer' });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry a request the router refused', async () => {
    const send = vi
      .fn()
      .mockResolvedValue({ ok: false, error: 'invalid article/get: url: must be an http: or https: URL' });
    const client = createClient(send, 5);
    await client.call('article/get', { url: 'https://x.example/' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('tab actions', () => {
  it('relays "show me" to the tab as mention/open', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true, value: { opened: true } });
    const actions = createTabActions(send);
    await expect(actions['tab/open-mention']({ tabId: 3, mentionId: 9 })).resolves.toEqual({ opened: true });
    expect(send).toHaveBeenCalledWith(3, 'mention/open', { id: 9 }, 0);
  });

  it('asks only the frame the mention is in: mention ids are per frame', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true, value: { opened: true } });
    await createTabActions(send)['tab/open-mention']({ tabId: 3, mentionId: 9, frameId: 12 });
    expect(send).toHaveBeenCalledWith(3, 'mention/open', { id: 9 }, 12);
  });

  it('reports a tab without a content script as an error', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, error: 'Receiving end does not exist.' });
    await expect(createTabActions(send)['tab/open-mention']({ tabId: 3, mentionId: 9 })).rejects.toThrow(
      'Receiving end does not exist.',
    );
  });
});
