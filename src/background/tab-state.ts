/**
 * What the background remembers of each tab's mentions, per frame. Kept in `storage.session`, not in memory:
 * an MV3 worker can be stopped between two messages. Session storage is also cleared when the browser closes.
 */
import type { PageMention } from '../shared/schemas';
import type { TabState } from '../shared/messages';

/** The part of `storage.session` this module needs (injected so tests pass a Map-backed fake). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface StoredTab {
  url: string;
  title: string;
  frames: Record<string, PageMention[]>;
  scannedAt: number;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export function createTabStates(area: SessionArea, now: () => number = Date.now) {
  async function load(tabId: number): Promise<StoredTab | undefined> {
    const items = await area.get(keyOf(tabId));
    return items[keyOf(tabId)] as StoredTab | undefined;
  }

  function toState(stored: StoredTab): TabState {
    const mentions = Object.entries(stored.frames).flatMap(([frameId, list]) =>
      list.map((m) => ({ ...m, frameId: Number(frameId) })),
    );
    return {
      url: stored.url,
      title: stored.title,
      mentions,
      dataCount: mentions.filter((m) => m.kind === 'data').length,
      scannedAt: stored.scannedAt,
    };
  }

  return {
    /** Records one frame's scan. A new top-frame URL means a new page: the other frames' mentions go. */
    async record(
      tabId: number,
      frameId: number,
      scan: { url: string; title: string; mentions: PageMention[] },
    ): Promise<TabState> {
      const previous = await load(tabId);
      const isTop = frameId === 0;
      const stored: StoredTab =
        previous && !(isTop && previous.url !== scan.url)
          ? previous
          : { url: scan.url, title: scan.title, frames: {}, scannedAt: now() };
      if (isTop) {
        stored.url = scan.url;
        stored.title = scan.title;
      }
      stored.frames[String(frameId)] = scan.mentions;
      stored.scannedAt = now();
      await area.set({ [keyOf(tabId)]: stored });
      return toState(stored);
    },
    async get(tabId: number): Promise<TabState | null> {
      const stored = await load(tabId);
      return stored ? toState(stored) : null;
    },
    /** Forgets a tab (closed, or navigating away). */
    async forget(tabId: number): Promise<void> {
      await area.remove(keyOf(tabId));
    },
  };
}
export type TabStates = ReturnType<typeof createTabStates>;
