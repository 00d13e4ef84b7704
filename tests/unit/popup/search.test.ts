import { describe, expect, it } from 'vitest';
import { NO_FILTERS, queryArticles } from '../../../src/popup/library/articles/filters';
import { createArticleIndex } from '../../../src/popup/library/articles/search-index';
import { foldTerm, queryTerm, stem } from '../../../src/popup/library/articles/search-terms';
import { article } from './helpers';

const names = (id: string) => (id === 'facebook' ? ['Facebook', 'فيسبوك'] : []);

const arabic = article({
  title: 'فيسبوك طلبت من المصارف الأمريكيّة بيانات عملائها الماليّة',
  lang: 'ar',
  summary: ['قالت مؤسسة حماية الخصوصية إنّ المسؤولين لم يُبلَّغوا.'],
});
const english = article({
  title: 'Banks asked for customer financial data',
  lang: 'en',
  detections: {
    companies: ['google'],
    actions: ['shared'],
    dataTypes: ['location'],
    sentences: [],
  },
});
const all = [arabic, english];
const byUrl = new Map(all.map((a) => [a.canonicalUrl, a]));
const find = (query: string) =>
  queryArticles(createArticleIndex(all, names), byUrl, { query, filters: NO_FILTERS, sort: 'relevance' }).map(
    (a) => a.canonicalUrl,
  );

describe('search terms', () => {
  it('folds hamza, diacritics and letter variants', () => {
    expect(foldTerm('الأمريكيّة')).toBe('الامريكيه');
    expect(foldTerm('مؤسسة')).toBe(foldTerm('موسسه'));
    expect(foldTerm('رئيس')).toBe(foldTerm('رييس'));
    expect(foldTerm('Résumé')).toBe('resume');
  });

  it('strips only article-carrying proclitics', () => {
    expect(stem(foldTerm('والبيانات'))).toBe('بيانات');
    expect(stem(foldTerm('للبيانات'))).toBe('بيانات');
    expect(stem(foldTerm('وزارة'))).toBeNull();
    expect(queryTerm('البيانات')).toBe('بيانات');
  });
});

describe('article search', () => {
  it('finds an Arabic title typed without hamza or diacritics', () => {
    expect(find('الامريكيه')).toEqual([arabic.canonicalUrl]);
    expect(find('المصارف الماليه')).toEqual([arabic.canonicalUrl]);
    expect(find('موسسه الخصوصيه')).toEqual([arabic.canonicalUrl]);
  });

  it('finds words under glued proclitics, and by prefix', () => {
    expect(find('مصارف')).toEqual([arabic.canonicalUrl]);
    expect(find('بالمصارف')).toEqual([arabic.canonicalUrl]);
    expect(find('financ')).toEqual([english.canonicalUrl]);
  });

  it('finds an article by its company name in the other language', () => {
    expect(find('Facebook')).toEqual([arabic.canonicalUrl]);
  });

  it('needs every word', () => {
    expect(find('banks فيسبوك')).toEqual([]);
  });

  it('filters and sorts', () => {
    const index = createArticleIndex(all, names);
    const only = (filters: Partial<typeof NO_FILTERS>) =>
      queryArticles(index, byUrl, { query: '', filters: { ...NO_FILTERS, ...filters }, sort: 'saved' }).map(
        (a) => a.canonicalUrl,
      );
    expect(only({ companyId: 'google' })).toEqual([english.canonicalUrl]);
    expect(only({ dataType: 'financial' })).toEqual([arabic.canonicalUrl]);
    expect(only({ action: 'shared' })).toEqual([english.canonicalUrl]);
    expect(only({ lang: 'ar' })).toEqual([arabic.canonicalUrl]);
    expect(only({ from: '2024-05-02' })).toEqual([]);
    expect(only({ from: '2024-05-01', to: '2024-05-01' })).toHaveLength(2);
  });

  it('forgets a removed article and finds it again once added back', () => {
    const index = createArticleIndex(all, names);
    index.remove(arabic.canonicalUrl);
    expect(index.search('المصارف')).toEqual([]);
    index.add(arabic);
    expect(index.search('المصارف')).toEqual([arabic.canonicalUrl]);
  });
});
