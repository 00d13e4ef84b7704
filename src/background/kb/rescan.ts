/**
 * After settings, mutes, corrections or companies change, the tabs the background knows (those with a `tab:<id>`
 * entry in session storage, see tab-state.ts) are asked to rescan with their new configuration.
 */

/** The part of `storage.session` needed here. */
export interface SessionKeys {
  get(keys: null): Promise<Record<string, unknown>>;
}

/** Sends 'page/rescan' to one tab. */
export type SendRescan = (tabId: number) => Promise<unknown>;

/** Asks every known tab to rescan; resolves with their ids once all have answered or failed. */
export async function rescanKnownTabs(area: SessionKeys, send: SendRescan): Promise<number[]> {
  const items = await area.get(null);
  const tabIds = Object.keys(items)
    .map((key) => /^tab:(\d+)$/.exec(key)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
  // A tab closed or navigated since its scan has no receiver any more: that is not an error here.
  await Promise.all(tabIds.map((tabId) => send(tabId).catch(() => undefined)));
  return tabIds;
}
