/**
 * Stored reports and articles as ranking candidates, and the winners as the items a mention links to. Candidates
 * are built field by field (no object spread: V8 spreads 10,000 rows ten times slower, see
 * bench/related.bench.ts), and items only for the few that rank.
 */
import type { RelatedCandidate } from '../../core/related';
import type { ArticleMeta, RelatedItem } from '../../shared/messages';
import type { StoredReport } from '../db/schema';

/** A candidate that remembers the row it came from. */
export type Candidate = RelatedCandidate & { report: StoredReport | null; article: ArticleMeta | null };

/** A bundled report as a candidate. */
export function reportCandidate(report: StoredReport): Candidate {
  return {
    kind: 'report',
    id: report.id,
    date: report.date,
    companies: report.companies,
    actions: [report.action],
    dataTypes: report.dataTypes,
    urls: [],
    report,
    article: null,
  };
}

/** A saved article as a candidate, dated by its publication or, failing that, the day it was saved. */
export function articleCandidate(article: ArticleMeta): Candidate {
  return {
    kind: 'article',
    id: article.canonicalUrl,
    date: article.published ?? new Date(article.savedAt).toISOString().slice(0, 10),
    companies: article.detections.companies,
    actions: article.detections.actions,
    dataTypes: article.detections.dataTypes,
    urls: [article.url, article.canonicalUrl],
    report: null,
    article,
  };
}

/** What the hover card and the popup show for a ranked candidate. */
export function itemOf(candidate: Candidate): RelatedItem {
  const { report, article } = candidate;
  if (report) {
    return {
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
  }
  const saved = article!;
  return {
    kind: 'article',
    id: saved.canonicalUrl,
    date: candidate.date,
    title: saved.title,
    site: saved.site,
    summary: saved.summary,
    sourceUrl: saved.url,
    companies: saved.detections.companies,
    actions: saved.detections.actions,
    dataTypes: saved.detections.dataTypes,
  };
}
