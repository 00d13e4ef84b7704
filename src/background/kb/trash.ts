/**
 * Deleting a saved article moves it, with its text, to the trash, where 'article/restore' finds it again.
 * The trash keeps 30 days; older entries are purged whenever something is deleted.
 */
import type { ArticleMeta } from '../../shared/messages';
import type { KbDb } from '../db/schema';
import { issueAll, write } from '../db/write';
import { articleKey } from './urls';

export const TRASH_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** Deletes a saved article. Resolves false when there was none. */
export function deleteArticle(db: KbDb, canonicalUrl: string, now: number): Promise<boolean> {
  const key = articleKey(canonicalUrl);
  return write(db, ['articles', 'articleTexts', 'trash'], async (tx) => {
    const trash = tx.objectStore('trash');
    const expired = await trash
      .index('byDeletedAt')
      .getAllKeys(IDBKeyRange.upperBound(now - TRASH_DAYS * DAY));
    await issueAll(expired.map((k) => () => trash.delete(k)));
    const article = await tx.objectStore('articles').get(key);
    if (!article) return false;
    const stored = await tx.objectStore('articleTexts').get(key);
    await issueAll([
      () => trash.put({ canonicalUrl: key, article, text: stored?.text ?? '', deletedAt: now }),
      () => tx.objectStore('articles').delete(key),
      () => tx.objectStore('articleTexts').delete(key),
    ]);
    return true;
  });
}

/** Puts a deleted article back. Refused when the page has been saved again since (that newer save wins). */
export function restoreArticle(db: KbDb, canonicalUrl: string): Promise<ArticleMeta> {
  const key = articleKey(canonicalUrl);
  return write(db, ['articles', 'articleTexts', 'trash'], async (tx) => {
    const trashed = await tx.objectStore('trash').get(key);
    if (!trashed) throw new Error('Nothing to restore: this article is not in the trash.');
    if (await tx.objectStore('articles').getKey(key)) {
      throw new Error('This page has been saved again since it was deleted: the newer save was kept.');
    }
    await issueAll([
      () => tx.objectStore('articles').put(trashed.article),
      () => tx.objectStore('articleTexts').put({ canonicalUrl: key, text: trashed.text }),
      () => tx.objectStore('trash').delete(key),
    ]);
    return trashed.article;
  });
}
