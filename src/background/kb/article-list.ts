/** Lists saved articles, newest first, a page at a time, with optional filters. */
import type { ArticleMeta } from '../../shared/messages';
import type { KbDb } from '../db/schema';

export interface ArticleFilter {
  offset?: number | undefined;
  limit?: number | undefined;
  query?: string | undefined;
  companyId?: string | undefined;
  tag?: string | undefined;
  site?: string | undefined;
  lang?: string | undefined;
}

// The same order as walking the `bySavedAt` index backwards: ties fall back to the key, descending.
const newestFirst = (a: ArticleMeta, b: ArticleMeta) =>
  b.savedAt - a.savedAt || (a.canonicalUrl < b.canonicalUrl ? 1 : a.canonicalUrl > b.canonicalUrl ? -1 : 0);

/** One page of the matching articles and how many match in all. */
export async function listArticles(
  db: KbDb,
  filter: ArticleFilter,
): Promise<{ total: number; items: ArticleMeta[] }> {
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 50;
  const tx = db.transaction('articles', 'readonly');
  const store = tx.objectStore('articles');
  const filtered = filter.companyId || filter.tag || filter.site || filter.lang || filter.query?.trim();
  if (!filtered) {
    // The common case (the library's first page) reads only the rows it shows.
    const total = await store.count();
    const items: ArticleMeta[] = [];
    let cursor = await store.index('bySavedAt').openCursor(null, 'prev');
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && items.length < limit) {
      items.push(cursor.value);
      cursor = await cursor.continue();
    }
    return { total, items };
  }
  const rows = filter.companyId
    ? await store.index('byCompany').getAll(filter.companyId)
    : filter.tag
      ? await store.index('byTag').getAll(filter.tag)
      : await store.getAll();
  const matching = rows.filter(matches(filter)).sort(newestFirst);
  return { total: matching.length, items: matching.slice(offset, offset + limit) };
}

function matches(filter: ArticleFilter): (article: ArticleMeta) => boolean {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (article) => {
    if (filter.companyId && !article.detections.companies.includes(filter.companyId)) return false;
    if (filter.tag && !article.tags.includes(filter.tag)) return false;
    if (filter.site && article.site !== filter.site) return false;
    if (filter.lang && article.lang !== filter.lang) return false;
    if (words.length === 0) return true;
    const haystack = [
      article.title,
      article.site,
      article.byline,
      article.note,
      ...article.summary,
      ...article.tags,
    ]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}
