/** Filtering and sorting the saved articles (pure: the benchmark and the view share it). */
import type { Action, DataType } from '../../../core/types';
import type { ArticleMeta } from '../../../shared/messages';
import type { ArticleIndex } from './search-index';

export interface ArticleFilters {
  companyId: string;
  dataType: DataType | '';
  action: Action | '';
  /** A primary language subtag ("ar" matches "ar-EG"), or '' for any. */
  lang: string;
  /** "YYYY-MM-DD" bounds (inclusive) on the article's date, or ''. */
  from: string;
  to: string;
}

export type SortKey = 'relevance' | 'saved' | 'published';

export const NO_FILTERS: ArticleFilters = {
  companyId: '',
  dataType: '',
  action: '',
  lang: '',
  from: '',
  to: '',
};

/** The article's date as "YYYY-MM-DD": when it was published, else when it was saved. */
export function articleDay(a: ArticleMeta): string {
  return a.published?.slice(0, 10) ?? new Date(a.savedAt).toISOString().slice(0, 10);
}

/** The primary language subtag of an article ("ar-EG" → "ar"). */
export const primaryLang = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

function matches(a: ArticleMeta, f: ArticleFilters): boolean {
  if (f.companyId && !a.detections.companies.includes(f.companyId)) return false;
  if (f.dataType && !a.detections.dataTypes.includes(f.dataType)) return false;
  if (f.action && !a.detections.actions.includes(f.action)) return false;
  if (f.lang && primaryLang(a.lang) !== f.lang) return false;
  if (f.from || f.to) {
    const day = articleDay(a);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
  }
  return true;
}

const bySaved = (a: ArticleMeta, b: ArticleMeta) => b.savedAt - a.savedAt;
// Articles without a publication date go last rather than pretending to be old or new.
const byPublished = (a: ArticleMeta, b: ArticleMeta) =>
  (b.published ?? '').localeCompare(a.published ?? '') || bySaved(a, b);

export interface ArticleQuery {
  query: string;
  filters: ArticleFilters;
  sort: SortKey;
}

/**
 * The articles to show: those matching the search words (in relevance order) or all, then the filters, then the
 * sort ('relevance' keeps the search's order, and means "newest saved" without words).
 */
export function queryArticles(
  index: ArticleIndex,
  byUrl: ReadonlyMap<string, ArticleMeta>,
  { query, filters, sort }: ArticleQuery,
): ArticleMeta[] {
  const words = query.trim();
  const found = words
    ? index.search(words).flatMap((url) => byUrl.get(url) ?? [])
    : [...byUrl.values()].sort(bySaved);
  const kept = found.filter((a) => matches(a, filters));
  if (sort === 'saved' && words) return kept.sort(bySaved);
  if (sort === 'published') return kept.sort(byPublished);
  return kept;
}
