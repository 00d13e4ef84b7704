import { beforeEach, describe, expect, it } from 'vitest';
import { annotateArticle, getArticle, saveArticle } from '../../../../src/background/kb/articles';
import { listArticles } from '../../../../src/background/kb/article-list';
import { deleteArticle, restoreArticle, TRASH_DAYS } from '../../../../src/background/kb/trash';
import { articleInput, freshIndexedDb, openFixtureDb } from './fixtures';

beforeEach(freshIndexedDb);

describe('saved articles', () => {
  it('saves under the canonical URL and upserts, keeping the first date, tags and note', async () => {
    const db = await openFixtureDb().db();
    const first = await saveArticle(db, articleInput('https://news.example/a?utm_source=x#top'), 10);
    expect(first.created).toBe(true);
    expect(first.article.canonicalUrl).toBe('https://news.example/a');
    await annotateArticle(db, 'https://news.example/a', { tags: ['banks', 'banks', 'meta'], note: 'n' }, 11);

    const again = await saveArticle(
      db,
      articleInput('https://news.example/a', { title: 'New title', text: 'v2' }),
      20,
    );
    expect(again.created).toBe(false);
    expect(again.article).toMatchObject({
      title: 'New title',
      savedAt: 10,
      updatedAt: 20,
      tags: ['banks', 'meta'],
    });
    expect(await db.count('articles')).toBe(1);
    expect(await getArticle(db, 'https://news.example/a#x')).toMatchObject({ text: 'v2', note: 'n' });
    // Found by the address it was saved from as well.
    expect((await getArticle(db, 'https://news.example/a?utm_source=x#top'))?.title).toBe('New title');
    expect(await getArticle(db, 'https://news.example/none')).toBeNull();
  });

  it('keeps texts out of article rows', async () => {
    const db = await openFixtureDb().db();
    await saveArticle(db, articleInput('https://news.example/a'), 1);
    expect(await db.get('articles', 'https://news.example/a')).not.toHaveProperty('text');
    expect((await db.get('articleTexts', 'https://news.example/a'))?.text).toContain('The text of');
  });

  it('lists newest first, a page at a time, with filters', async () => {
    const db = await openFixtureDb().db();
    for (let i = 0; i < 5; i++) {
      await saveArticle(
        db,
        articleInput(`https://news.example/${i}`, {
          lang: i % 2 ? 'ar' : 'en',
          title: i === 3 ? 'Google and the banks' : `Story ${i}`,
          detections: {
            companies: [i === 3 ? 'google' : 'facebook'],
            actions: [],
            dataTypes: [],
            sentences: [],
          },
        }),
        100 + i,
      );
    }
    const page = await listArticles(db, { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((a) => a.canonicalUrl)).toEqual([
      'https://news.example/3',
      'https://news.example/2',
    ]);
    expect((await listArticles(db, { lang: 'ar' })).items.map((a) => a.savedAt)).toEqual([103, 101]);
    expect((await listArticles(db, { companyId: 'google' })).total).toBe(1);
    expect((await listArticles(db, { query: 'GOOGLE banks' })).items[0]?.title).toBe('Google and the banks');
    expect((await listArticles(db, { query: 'nowhere' })).total).toBe(0);
  });

  it('deletes to the trash, restores, and refuses to restore over a newer save', async () => {
    const db = await openFixtureDb().db();
    await saveArticle(db, articleInput('https://news.example/a'), 1);
    expect(await deleteArticle(db, 'https://news.example/a', 2)).toBe(true);
    expect(await getArticle(db, 'https://news.example/a')).toBeNull();
    expect(await deleteArticle(db, 'https://news.example/a', 3)).toBe(false);

    expect((await restoreArticle(db, 'https://news.example/a')).savedAt).toBe(1);
    expect((await getArticle(db, 'https://news.example/a'))?.text).toContain('The text of');
    await expect(restoreArticle(db, 'https://news.example/a')).rejects.toThrow(/not in the trash/);

    await deleteArticle(db, 'https://news.example/a', 4);
    await saveArticle(db, articleInput('https://news.example/a', { title: 'saved again' }), 5);
    await expect(restoreArticle(db, 'https://news.example/a')).rejects.toThrow(/saved again/);
    expect((await getArticle(db, 'https://news.example/a'))?.title).toBe('saved again');
  });

  it('purges trash older than the undo window', async () => {
    const db = await openFixtureDb().db();
    const day = 24 * 60 * 60 * 1000;
    await saveArticle(db, articleInput('https://news.example/old'), 1);
    await saveArticle(db, articleInput('https://news.example/new'), 1);
    await deleteArticle(db, 'https://news.example/old', day);
    await deleteArticle(db, 'https://news.example/new', (TRASH_DAYS + 2) * day);
    expect(await db.getAllKeys('trash')).toEqual(['https://news.example/new']);
  });
});
