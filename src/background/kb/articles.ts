/**
 * Saved articles: save (an upsert by canonical URL), get, annotate. A row holds everything but the text, which
 * lives in `articleTexts` so that lists and related reporting never read it.
 */
import type { Article, ArticleMeta } from '../../shared/messages';
import type { ArticleInput } from '../../shared/schemas';
import type { KbDb } from '../db/schema';
import { issueAll, write } from '../db/write';
import { articleKey } from './urls';

/**
 * Saves a page. Saving it again replaces what was extracted and keeps the first save's date, the tags and the
 * note. Resolves once the write is durable.
 */
export function saveArticle(
  db: KbDb,
  input: ArticleInput,
  now: number,
): Promise<{ article: ArticleMeta; created: boolean }> {
  const key = articleKey(input.canonicalUrl);
  const { text, ...fields } = input;
  return write(db, ['articles', 'articleTexts'], async (tx) => {
    const articles = tx.objectStore('articles');
    const previous = await articles.get(key);
    const article: ArticleMeta = {
      ...fields,
      canonicalUrl: key,
      savedAt: previous?.savedAt ?? now,
      updatedAt: now,
      tags: previous?.tags ?? [],
      note: previous?.note ?? '',
    };
    await issueAll([
      () => articles.put(article),
      () => tx.objectStore('articleTexts').put({ canonicalUrl: key, text }),
    ]);
    return { article, created: previous === undefined };
  });
}

/** The saved article for a page: by its canonical URL, else by the exact address it was saved from. */
export async function getArticle(db: KbDb, url: string): Promise<Article | null> {
  const tx = db.transaction(['articles', 'articleTexts'], 'readonly');
  const articles = tx.objectStore('articles');
  const article = (await articles.get(articleKey(url))) ?? (await articles.index('byUrl').get(url));
  if (!article) return null;
  const stored = await tx.objectStore('articleTexts').get(article.canonicalUrl);
  return { ...article, text: stored?.text ?? '' };
}

/** Sets tags and/or note. Tags are de-duplicated, in the order given. */
export function annotateArticle(
  db: KbDb,
  canonicalUrl: string,
  changes: { tags?: string[] | undefined; note?: string | undefined },
  now: number,
): Promise<ArticleMeta> {
  return write(db, ['articles'], async (tx) => {
    const articles = tx.objectStore('articles');
    const previous = await articles.get(articleKey(canonicalUrl));
    if (!previous) throw new Error('This article is not saved (it may have been deleted).');
    const article: ArticleMeta = {
      ...previous,
      tags: changes.tags === undefined ? previous.tags : [...new Set(changes.tags)],
      note: changes.note ?? previous.note,
      updatedAt: now,
    };
    await articles.put(article);
    return article;
  });
}
