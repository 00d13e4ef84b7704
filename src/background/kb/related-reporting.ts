/**
 * Related reporting for mentions: loads the reports and saved articles about each mentioned company's family,
 * ranks them with core/related.ts and shapes them for the hover card and the popup.
 */
import { familyOf, rankRelated, type ParentMap, type RelatedCandidate } from '../../core/related';
import type { Action, DataType } from '../../core/types';
import type { ArticleMeta, RelatedItem } from '../../shared/messages';
import type { KbDb, StoredReport } from '../db/schema';
import { articleKey } from './urls';

/** A mention to find reporting for. */
export interface MentionQuery {
  companyId: string;
  action?: Action | undefined;
  dataTypes: DataType[];
}

type Candidate = RelatedCandidate & { item: RelatedItem };

function fromReport(report: StoredReport): Candidate {
  const item: RelatedItem = {
    kind: 'report',
    id: report.id,
    date: report.date,
    title: report.title,
    outlet: report.outlets[0] ?? '',
    summary: report.summary,
    outcome: report.outcome,
    sourceUrl: report.sourceUrls[0] ?? '',
    companies: report.companies,
    action: report.action,
    dataTypes: report.dataTypes,
  };
  return { ...item, actions: [report.action], urls: [], item };
}

function fromArticle(article: ArticleMeta): Candidate {
  const item: RelatedItem = {
    kind: 'article',
    id: article.canonicalUrl,
    date: article.published ?? new Date(article.savedAt).toISOString().slice(0, 10),
    title: article.title,
    site: article.site,
    summary: article.summary,
    sourceUrl: article.url,
    companies: article.detections.companies,
    actions: article.detections.actions,
    dataTypes: article.detections.dataTypes,
  };
  return { ...item, urls: [article.url, article.canonicalUrl], item };
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
    const seen = new Map<string, Candidate>();
    for (const member of familyOf(companyId, parents).keys()) {
      const [reports, articles] = await Promise.all([
        tx.objectStore('reports').index('byCompany').getAll(member),
        tx.objectStore('articles').index('byCompany').getAll(member),
      ]);
      for (const r of reports) if (!seen.has(`r:${r.id}`)) seen.set(`r:${r.id}`, fromReport(r));
      for (const a of articles)
        if (!seen.has(`a:${a.canonicalUrl}`)) seen.set(`a:${a.canonicalUrl}`, fromArticle(a));
    }
    const list = [...seen.values()];
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
    results.push({ companyId: mention.companyId, items: ranked.map((c) => c.item) });
  }
  return results;
}
