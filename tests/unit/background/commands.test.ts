import { describe, expect, it, vi } from 'vitest';

const sent: { tabId: number; type: string; payload: unknown }[] = [];
vi.mock('../../../src/shared/messaging', () => ({
  sendToTab: async (tabId: number, type: string, payload: unknown) => {
    sent.push({ tabId, type, payload });
    return { ok: true, value: { shown: true } };
  },
}));
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const { saveAndNotify } = await import('../../../src/background/commands');

describe('saving from the keyboard command or the context menu', () => {
  it('tells the page it was saved, with the title, and whether it was new', async () => {
    sent.length = 0;
    await saveAndNotify(7, async () => ({ article: { title: 'Facebook asked banks' }, created: false }));
    expect(sent).toEqual([
      { tabId: 7, type: 'save/notice', payload: { ok: true, created: false, title: 'Facebook asked banks' } },
    ]);
  });

  it('tells the page why a save failed, instead of failing in silence', async () => {
    sent.length = 0;
    await saveAndNotify(7, async () => {
      throw new Error('This page is too large to save (over 20 MB of text).');
    });
    expect(sent).toEqual([
      {
        tabId: 7,
        type: 'save/notice',
        payload: { ok: false, error: 'This page is too large to save (over 20 MB of text).' },
      },
    ]);
  });
});
