/**
 * Muted companies and sites. A site mute is the per-site off switch: the content script does not scan there.
 * Site values are stored normalised (see {@link siteOf}), so "www.Example.com" and "example.com" are one mute.
 */
import type { Mute } from '../../shared/messages';
import type { MuteTarget } from '../../shared/schemas';
import type { KbDb } from '../db/schema';
import { write } from '../db/write';
import { siteOf } from './urls';

function normalised(target: MuteTarget): MuteTarget {
  return target.kind === 'site' ? { kind: 'site', value: siteOf(target.value) } : target;
}

/** Adds a mute; muting twice keeps the first. */
export function addMute(
  db: KbDb,
  target: MuteTarget,
  now: number,
): Promise<{ mute: Mute; created: boolean }> {
  const { kind, value } = normalised(target);
  return write(db, ['mutes'], async (tx) => {
    const store = tx.objectStore('mutes');
    const existing = await store.get([kind, value]);
    if (existing) return { mute: existing, created: false };
    const mute: Mute = { kind, value, createdAt: now };
    await store.put(mute);
    return { mute, created: true };
  });
}

/** Removes a mute. Resolves false when there was none. */
export function removeMute(db: KbDb, target: MuteTarget): Promise<boolean> {
  const { kind, value } = normalised(target);
  return write(db, ['mutes'], async (tx) => {
    const store = tx.objectStore('mutes');
    if (!(await store.getKey([kind, value]))) return false;
    await store.delete([kind, value]);
    return true;
  });
}

/** Every mute, newest first. */
export async function listMutes(db: KbDb): Promise<Mute[]> {
  return (await db.getAllFromIndex('mutes', 'byCreatedAt')).reverse();
}
