/** Every saved article's metadata, fetched a page at a time (the contract caps a page at 200). */
import type { ArticleMeta, Response } from '../../../shared/messages';
import type { Client } from '../../client';

const PAGE = 200;

/** All saved articles (about one company when `companyId` is given), newest first; progress after each page. */
export async function loadAllArticles(
  client: Client,
  onProgress: (loaded: number, total: number) => void = () => {},
  companyId?: string,
): Promise<Response<ArticleMeta[]>> {
  const all: ArticleMeta[] = [];
  for (;;) {
    const page = { offset: all.length, limit: PAGE };
    const res = await client.call('articles/list', companyId ? { ...page, companyId } : page);
    if (!res.ok) return res;
    all.push(...res.value.items);
    onProgress(all.length, res.value.total);
    if (res.value.items.length < PAGE || all.length >= res.value.total) break;
  }
  // An article saved while paging shifts the pages by one: the same URL can then arrive twice.
  const unique = new Map(all.map((a) => [a.canonicalUrl, a]));
  return { ok: true, value: [...unique.values()] };
}
