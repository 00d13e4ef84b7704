/**
 * The background's one connection to the knowledge base, opened lazily on first use and at most once per worker
 * life (an MV3 worker may be stopped at any moment, so nothing is opened or held before it is needed). Opening
 * migrates the schema and loads the bundle when it changed.
 */
import { openDB } from 'idb';
import type { Bundle } from '../../../data/bundle';
import { seedBundle } from '../kb/seed';
import { DB_NAME, DB_VERSION, type KbDb, type KbSchema } from './schema';
import { upgradeKb } from './upgrade';

/** Hands out the open database. */
export interface KbConnection {
  db(): Promise<KbDb>;
  /** Closes the connection; the next `db()` opens it again. */
  close(): Promise<void>;
}

export interface ConnectionOptions {
  bundle: Bundle;
  name?: string;
  now?: () => number;
}

export function createConnection({
  bundle,
  name = DB_NAME,
  now = Date.now,
}: ConnectionOptions): KbConnection {
  let opening: Promise<KbDb> | undefined;

  async function open(): Promise<KbDb> {
    const db: KbDb = await openDB<KbSchema>(name, DB_VERSION, {
      upgrade: (upgrading, oldVersion, _newVersion, tx) => upgradeKb(upgrading, oldVersion, tx),
      // An updated extension opening a newer version: step aside, the next call reopens (and fails loudly if
      // this code is the older one, rather than writing an old shape into a new database).
      blocking: () => {
        db.close();
        opening = undefined;
      },
      terminated: () => {
        opening = undefined;
      },
    });
    try {
      await seedBundle(db, bundle, now());
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  return {
    db() {
      opening ??= open().catch((error: unknown) => {
        opening = undefined;
        throw error;
      });
      return opening;
    },
    async close() {
      const current = opening;
      opening = undefined;
      if (current) (await current.catch(() => undefined))?.close();
    },
  };
}
