/** Every saved article's metadata, fetched a page at a time (the contract caps a page at 200). */
import type { ArticleMeta, Response } from '../../../shared/messages';
import type { Client } from '../../client';

const PAGE = 200;
/** Pages asked for at once after the first: the background serves them from one IndexedDB in parallel. */
const PARALLEL = 4;

/** All saved articles (about one company when `companyId` is given), newest first; progress after each page. */
export async function loadAllArticles(
  client: Client,
  onProgress: (loaded: number, total: number) => void = () => {},
  companyId?: string,
): Promise<Response<ArticleMeta[]>> {
  const page = (offset: number) =>
    client.call('articles/list', companyId ? { offset, limit: PAGE, companyId } : { offset, limit: PAGE });
  const first = await page(0);
  if (!first.ok) return first;
  const { total } = first.value;
  const pages: ArticleMeta[][] = [first.value.items];
  let loaded = first.value.items.length;
  onProgress(loaded, total);
  const offsets: number[] = [];
  for (let offset = PAGE; offset < total; offset += PAGE) offsets.push(offset);
  for (let i = 0; i < offsets.length; i += PARALLEL) {
    const replies = await Promise.all(offsets.slice(i, i + PARALLEL).map(page));
    for (const reply of replies) {
      if (!reply.ok) return reply;
      pages.push(reply.value.items);
      loaded += reply.value.items.length;
    }
    onProgress(Math.min(loaded, total), total);
  }
  // An article saved or deleted while paging shifts the pages by one: a URL can arrive twice (kept once), and
  // one can be missed until the next load.
  const unique = new Map(pages.flat().map((a) => [a.canonicalUrl, a]));
  return { ok: true, value: [...unique.values()] };
}
