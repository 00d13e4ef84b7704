/**
 * Loads the bundled knowledge base into the database: on install, and whenever the bundle differs from the one
 * the database holds (an extension update, or edited data in development). Only bundled rows are replaced; a
 * user's own company keeps its id even if a newer bundle brings a company with the same id.
 */
import type { Bundle } from '../../../data/bundle';
import type { KbDb } from '../db/schema';
import { issueAll, write } from '../db/write';

const revisions = new WeakMap<Bundle, string>();

/**
 * A fingerprint of the bundle's content (FNV-1a over its JSON): a changed report is picked up even if
 * data/meta.json's version was not bumped. About a millisecond, once per worker life.
 */
export function bundleRevision(bundle: Bundle): string {
  const known = revisions.get(bundle);
  if (known) return known;
  const json = JSON.stringify([bundle.version, bundle.asOf, bundle.companies, bundle.reports]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193);
  const revision = `${bundle.version}+${(hash >>> 0).toString(36)}.${json.length.toString(36)}`;
  revisions.set(bundle, revision);
  return revision;
}

/** Makes the database hold exactly `bundle`'s rows. Resolves true when it wrote, false when already current. */
export async function seedBundle(db: KbDb, bundle: Bundle, now: number): Promise<boolean> {
  const revision = bundleRevision(bundle);
  return write(db, ['meta', 'companies', 'reports'], async (tx) => {
    const mark = await tx.objectStore('meta').get('bundle');
    if (mark?.revision === revision) return false;

    const companies = tx.objectStore('companies');
    const stale = await companies.index('byOrigin').getAllKeys('bundled');
    await issueAll(stale.map((id) => () => companies.delete(id)));
    const userIds = new Set(await companies.getAllKeys());
    const fresh = bundle.companies.filter((company) => !userIds.has(company.id));
    await issueAll(fresh.map((company) => () => companies.put({ ...company, origin: 'bundled' })));

    const reports = tx.objectStore('reports');
    await reports.clear(); // every report row is bundled: the user's own reporting lives in `articles`
    await issueAll(bundle.reports.map((report) => () => reports.put({ ...report, origin: 'bundled' })));

    await tx.objectStore('meta').put({
      key: 'bundle',
      version: bundle.version,
      asOf: bundle.asOf,
      revision,
      seededAt: now,
    });
    return true;
  });
}
