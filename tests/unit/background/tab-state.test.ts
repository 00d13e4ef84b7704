import { describe, expect, it } from 'vitest';
import { createTabStates, type SessionArea } from '../../../src/background/tab-state';
import type { PageMention } from '../../../src/shared/schemas';

function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (key) => void data.delete(key),
  };
}

const mention = (id: number, kind: 'data' | 'plain'): PageMention => ({
  id,
  companyId: 'facebook',
  alias: 'Facebook',
  kind,
  dataTypes: kind === 'data' ? ['financial'] : [],
  counterparties: [],
  evidence: [],
  sentence: 'Facebook asked banks for data.',
  lang: 'en',
});

describe('tab states', () => {
  it('adds up the mentions of all frames of a tab', async () => {
    const tabs = createTabStates(memoryArea(), () => 1);
    await tabs.record(1, 0, { url: 'https://a/', title: 'A', mentions: [mention(0, 'data')] });
    const state = await tabs.record(1, 5, {
      url: 'https://frame/',
      title: '',
      mentions: [mention(1, 'data'), mention(2, 'plain')],
    });
    expect(state.dataCount).toBe(2);
    expect(state.mentions.map((m) => [m.frameId, m.id])).toEqual([
      [0, 0],
      [5, 1],
      [5, 2],
    ]);
    expect(state.url).toBe('https://a/');
  });

  it('starts afresh when the top frame reports a new URL', async () => {
    const tabs = createTabStates(memoryArea());
    await tabs.record(1, 0, { url: 'https://a/', title: 'A', mentions: [mention(0, 'data')] });
    await tabs.record(1, 3, { url: 'https://ad/', title: '', mentions: [mention(1, 'data')] });
    const state = await tabs.record(1, 0, { url: 'https://b/', title: 'B', mentions: [] });
    expect(state).toMatchObject({ url: 'https://b/', title: 'B', dataCount: 0, mentions: [] });
  });

  it('survives the worker: state lives in the storage area, not in memory', async () => {
    const area = memoryArea();
    await createTabStates(area).record(9, 0, {
      url: 'https://a/',
      title: 'A',
      mentions: [mention(0, 'data')],
    });
    expect((await createTabStates(area).get(9))?.dataCount).toBe(1);
    await createTabStates(area).forget(9);
    expect(await createTabStates(area).get(9)).toBeNull();
  });
});
