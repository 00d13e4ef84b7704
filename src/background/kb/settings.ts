/** The user's settings: highlight mode and global pause (the per-site switch is a site mute, see mutes.ts). */
import type { Settings } from '../../shared/messages';
import { DEFAULT_SETTINGS, type KbDb } from '../db/schema';
import { write } from '../db/write';

/** The stored settings, or the defaults when the user never changed any. */
export async function getSettings(db: KbDb): Promise<Settings> {
  const stored = await db.get('settings', 'user');
  return stored ? { mode: stored.mode, paused: stored.paused } : { ...DEFAULT_SETTINGS };
}

/** Applies the given changes and resolves with the settings as stored. */
export function updateSettings(db: KbDb, changes: Partial<Settings>): Promise<Settings> {
  return write(db, ['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const previous = (await store.get('user')) ?? { key: 'user' as const, ...DEFAULT_SETTINGS };
    const next = {
      key: 'user' as const,
      mode: changes.mode ?? previous.mode,
      paused: changes.paused ?? previous.paused,
    };
    await store.put(next);
    return { mode: next.mode, paused: next.paused };
  });
}
