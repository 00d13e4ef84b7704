/**
 * Related reporting for mentions: loads the reports and saved articles about each mentioned company's family,
 * ranks them with core/related.ts and shapes them for the hover card and the popup.
 */
import { familyOf, rankRelated, type ParentMap } from '../../core/related';
import type { Action, DataType } from '../../core/types';
import type { RelatedItem } from '../../shared/messages';
import type { KbDb } from '../db/schema';
import { articleCandidate, itemOf, reportCandidate, type Candidate } from './related-candidates';
import { articleKey } from './urls';

/** A mention to find reporting for. */
export interface MentionQuery {
  companyId: string;
  action?: Action | undefined;
  dataTypes: DataType[];
}

/** The ranked reporting for each mention, in order. A saved copy of `pageUrl` is never among it. */
export async function relatedFor(
  db: KbDb,
  mentions: readonly MentionQuery[],
  pageUrl: string,
  limit: number,
): Promise<{ companyId: string; items: RelatedItem[] }[]> {
  const tx = db.transaction(['companies', 'reports', 'articles'], 'readonly');
  const companies = await tx.objectStore('companies').getAll();
  const parents: ParentMap = new Map(companies.map((c) => [c.id, c.parent]));
  const pool = new Map<string, Candidate[]>();
  const candidatesFor = async (companyId: string): Promise<Candidate[]> => {
    const known = pool.get(companyId);
    if (known) return known;
    // A row about two members of the family (Facebook and Messenger) comes back once per member: keep one.
    const reports = new Map<string, Candidate>();
    const articles = new Map<string, Candidate>();
    for (const member of familyOf(companyId, parents).keys()) {
      const [reportRows, articleRows] = await Promise.all([
        tx.objectStore('reports').index('byCompany').getAll(member),
        tx.objectStore('articles').index('byCompany').getAll(member),
      ]);
      for (const r of reportRows) if (!reports.has(r.id)) reports.set(r.id, reportCandidate(r));
      for (const a of articleRows)
        if (!articles.has(a.canonicalUrl)) articles.set(a.canonicalUrl, articleCandidate(a));
    }
    const list = [...reports.values(), ...articles.values()];
    pool.set(companyId, list);
    return list;
  };
  const pageUrls = [pageUrl, articleKey(pageUrl)];
  const results = [];
  for (const mention of mentions) {
    const ranked = rankRelated(
      { ...mention, pageUrls },
      await candidatesFor(mention.companyId),
      parents,
      limit,
    );
    results.push({ companyId: mention.companyId, items: ranked.map(itemOf) });
  }
  return results;
}
