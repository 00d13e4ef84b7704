import { beforeEach, describe, expect, it } from 'vitest';
import { bundle } from '../../../../data/bundle';
import { saveArticle } from '../../../../src/background/kb/articles';
import { relatedFor } from '../../../../src/background/kb/related-reporting';
import { articleInput, freshIndexedDb, openFixtureDb } from './fixtures';

beforeEach(freshIndexedDb);

describe('related reporting from the database', () => {
  it('links a Facebook financial-data mention to the 2018 WSJ bank report first (bundled data)', async () => {
    const db = await openFixtureDb(bundle).db();
    const mention = {
      companyId: 'facebook',
      action: 'requested' as const,
      dataTypes: ['financial' as const],
    };
    const [result] = await relatedFor(db, [mention], 'https://example.com/page', 5);
    expect(result?.items[0]).toMatchObject({ kind: 'report', id: 'FB-BANKS-WSJ-2018', date: '2018-08-06' });
    const [noAction] = await relatedFor(
      db,
      [{ ...mention, action: undefined }],
      'https://example.com/page',
      5,
    );
    expect(noAction?.items[0]?.id).toBe('FB-BANKS-WSJ-2018');
    // The bilingual fields reach the hover card.
    expect(result?.items[0]).toMatchObject({ title: { en: expect.any(String), ar: expect.any(String) } });
  });

  it('ranks saved articles with reports, by family, and never links a page to its own saved copy', async () => {
    const db = await openFixtureDb().db();
    await saveArticle(db, articleInput('https://news.example/saved', { published: '2025-01-01' }), 1);
    await saveArticle(
      db,
      articleInput('https://blog.example/ig', {
        detections: {
          companies: ['instagram'],
          actions: ['obtained'],
          dataTypes: ['location'],
          sentences: [],
        },
      }),
      2,
    );
    const mention = {
      companyId: 'facebook',
      action: 'requested' as const,
      dataTypes: ['financial' as const],
    };
    const [elsewhere] = await relatedFor(db, [mention], 'https://other.example/', 10);
    expect(elsewhere?.items.map((i) => i.id)).toEqual([
      'https://news.example/saved',
      'FB-BANKS',
      'FB-DENIAL',
      'https://blog.example/ig',
      'IG-LOCATION',
    ]);
    const [onSavedPage] = await relatedFor(
      db,
      [mention],
      'https://news.example/saved?utm_medium=email#x',
      10,
    );
    expect(onSavedPage?.items.map((i) => i.id)).not.toContain('https://news.example/saved');
    expect(onSavedPage?.items[0]).toMatchObject({ kind: 'report', id: 'FB-BANKS' });
  });

  it('answers each mention in order, and nothing for an unknown company', async () => {
    const db = await openFixtureDb().db();
    const results = await relatedFor(
      db,
      [
        { companyId: 'google', dataTypes: ['financial'] },
        { companyId: 'nobody', dataTypes: [] },
      ],
      'https://x.example/',
      3,
    );
    expect(results).toEqual([
      { companyId: 'google', items: [expect.objectContaining({ id: 'GOOGLE-BANKS' })] },
      { companyId: 'nobody', items: [] },
    ]);
  });
});
