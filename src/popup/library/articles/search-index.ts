/**
 * Full-text search over saved articles (MiniSearch: an inverted radix-tree index, prefix and fuzzy lookup),
 * with the core normaliser as term processing (see search-terms.ts). Built in the library page from the
 * article list: the background keeps no index, so a worker restart costs nothing here.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleMeta } from '../../../shared/messages';
import { indexTerms, queryTerm } from './search-terms';

/** Names a company is known by (English and Arabic), so either language's name finds an article. */
export type CompanyNames = (companyId: string) => readonly string[];

type Field = 'title' | 'site' | 'byline' | 'summary' | 'tags' | 'note' | 'companies';
const FIELDS: Field[] = ['title', 'site', 'byline', 'summary', 'tags', 'note', 'companies'];

/** A search index over saved articles, keyed by canonical URL. */
export interface ArticleIndex {
  /** Canonical URLs of the matching articles, best first; every word must match (the last as a prefix). */
  search(query: string): string[];
  add(article: ArticleMeta): void;
  remove(canonicalUrl: string): void;
}

/** Builds the index over `articles` in one go (tests, the benchmark). */
export function createArticleIndex(
  articles: readonly ArticleMeta[],
  companyNames: CompanyNames,
): ArticleIndex {
  const { index, api } = emptyIndex(companyNames);
  index.addAll(articles);
  return api;
}

/**
 * Builds the index in slices of 100 articles, yielding between them: 5,000 articles take about half a second
 * to index (bench:search), which in one task would freeze the page.
 */
export async function buildArticleIndex(
  articles: readonly ArticleMeta[],
  companyNames: CompanyNames,
): Promise<ArticleIndex> {
  const { index, api } = emptyIndex(companyNames);
  await index.addAllAsync(articles, { chunkSize: 100 });
  return api;
}

function emptyIndex(companyNames: CompanyNames): { index: MiniSearch<ArticleMeta>; api: ArticleIndex } {
  const fieldOf = (a: ArticleMeta, field: Field): string => {
    switch (field) {
      case 'summary':
        return a.summary.join(' ');
      case 'tags':
        return a.tags.join(' ');
      case 'companies':
        return a.detections.companies.flatMap(companyNames).join(' ');
      default:
        return a[field];
    }
  };
  const index = new MiniSearch<ArticleMeta>({
    idField: 'canonicalUrl',
    fields: FIELDS,
    extractField: (a, field) => (field === 'canonicalUrl' ? a.canonicalUrl : fieldOf(a, field as Field)),
    processTerm: (term) => indexTerms(term),
    searchOptions: {
      processTerm: (term) => queryTerm(term),
      combineWith: 'AND',
      boost: { title: 3, companies: 2, tags: 2 },
      // Words as prefixes: results appear while typing, and "بيان" finds "بيانات". Not one letter alone: it
      // expands to most of the vocabulary (the slowest query of bench:search) and narrows nothing.
      prefix: (term) => term.length >= 2,
      // One typo allowed in longer words only: short words would match too much.
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
    },
  });
  const api: ArticleIndex = {
    search: (query) => index.search(query).map((r: SearchResult) => String(r.id)),
    add: (article) => {
      if (index.has(article.canonicalUrl)) index.discard(article.canonicalUrl);
      index.add(article);
    },
    remove: (canonicalUrl) => {
      if (index.has(canonicalUrl)) index.discard(canonicalUrl);
    },
  };
  return { index, api };
}
