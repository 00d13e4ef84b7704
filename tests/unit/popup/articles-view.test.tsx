// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ArticlesView } from '../../../src/popup/library/articles/ArticlesView';
import type { ArticleMeta } from '../../../src/shared/messages';
import {
  allByTestId,
  article,
  byTestId,
  click,
  fakeClient,
  mount,
  plain,
  settle,
  typeInto,
  waitFor,
  type FakeHandlers,
} from './helpers';

/** A fake store of saved articles with the list, delete and restore messages. */
function store(initial: ArticleMeta[]) {
  let items = [...initial];
  const trash = new Map<string, ArticleMeta>();
  const handlers: FakeHandlers = {
    'articles/list': ({ offset = 0, limit = 50 }) => ({
      total: items.length,
      items: items.slice(offset, offset + limit),
    }),
    'article/delete': ({ canonicalUrl }) => {
      const found = items.find((a) => a.canonicalUrl === canonicalUrl);
      if (found) trash.set(canonicalUrl, found);
      items = items.filter((a) => a.canonicalUrl !== canonicalUrl);
      return { deleted: Boolean(found) };
    },
    'article/restore': ({ canonicalUrl }) => {
      const found = trash.get(canonicalUrl);
      if (!found) throw new Error('not in the trash');
      items.push(found);
      return { article: found };
    },
  };
  return { handlers, items: () => items };
}

const rows = (root: HTMLElement) => allByTestId(root, 'article-row');
const titles = (root: HTMLElement) => rows(root).map((r) => byTestId(r, 'article-open')!.textContent);

describe('library: saved articles', () => {
  it('says so when nothing is saved', async () => {
    const root = await mount(<ArticlesView />, fakeClient(store([]).handlers));
    expect(byTestId(root, 'empty-store')!.textContent).toContain('You have not saved any article yet');
  });

  it('finds a saved Arabic article typed without hamza or diacritics', async () => {
    const ar = article({ title: 'فيسبوك طلبت من المصارف الأمريكيّة بيانات عملائها', lang: 'ar' });
    const en = article({ title: 'Google shared location history' });
    const root = await mount(<ArticlesView />, fakeClient(store([ar, en]).handlers));
    expect(rows(root)).toHaveLength(2);
    await typeInto(byTestId(root, 'search'), 'الامريكيه');
    expect(titles(root)).toEqual([ar.title]);
    await typeInto(byTestId(root, 'search'), 'zzz');
    expect(byTestId(root, 'no-results')).not.toBeNull();
  });

  it('deletes an article and restores it on undo', async () => {
    const a = article({ title: 'First' });
    const b = article({ title: 'Second' });
    const fake = store([a, b]);
    const client = fakeClient(fake.handlers);
    const root = await mount(<ArticlesView />, client);
    const row = rows(root).find((r) => r.getAttribute('data-url') === a.canonicalUrl)!;
    await click(byTestId(row, 'article-delete'));
    expect(client.callsOf('article/delete')).toEqual([{ canonicalUrl: a.canonicalUrl }]);
    expect(titles(root)).toEqual(['Second']);
    expect(plain(byTestId(root, 'undo-bar')!.textContent)).toContain('Deleted “First”');
    await click(byTestId(root, 'undo'));
    expect(client.callsOf('article/restore')).toEqual([{ canonicalUrl: a.canonicalUrl }]);
    expect(titles(root)!.sort()).toEqual(['First', 'Second']);
    expect(fake.items()).toHaveLength(2);
    // The restored article is searchable again.
    await typeInto(byTestId(root, 'search'), 'first');
    expect(titles(root)).toEqual(['First']);
  });

  it('draws only the rows in view for 5,000 articles', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => article({ title: `Article number ${i}` }));
    const client = fakeClient(store(many).handlers);
    const root = await mount(<ArticlesView />, client);
    await waitFor(() => byTestId(root, 'result-count') !== null);
    expect(byTestId(root, 'result-count')!.textContent).toBe('Showing 5,000 of 5,000 saved articles');
    expect(rows(root).length).toBeGreaterThan(0);
    expect(rows(root).length).toBeLessThan(40);
    const first = root.querySelector('[data-index]')!;
    expect(first.getAttribute('aria-setsize')).toBe('5000');
    // Paged by the contract's limit of 200.
    expect(client.callsOf('articles/list')).toHaveLength(25);
  });

  it('shows a 2,000-character, mixed-direction title as text in its own direction', async () => {
    const long = `${'Facebook طلبت <img src=x onerror=alert(1)> '.repeat(50)}`.slice(0, 2_000);
    const root = await mount(
      <ArticlesView />,
      fakeClient(store([article({ title: long, lang: 'ar' })]).handlers),
    );
    const link = byTestId(root, 'article-open')!;
    expect(link.textContent).toBe(long);
    expect(link.getAttribute('dir')).toBe('auto');
    expect(link.querySelector('img')).toBeNull();
    // The delete button's name carries the start of the title, not all 2,000 characters.
    expect(byTestId(root, 'article-delete')!.getAttribute('aria-label')!.length).toBeLessThan(120);
  });

  it('filters by company and language', async () => {
    const fb = article({ title: 'About Facebook' });
    const g = article({
      title: 'عن جوجل',
      lang: 'ar',
      detections: { companies: ['google'], actions: ['shared'], dataTypes: ['location'], sentences: [] },
    });
    const root = await mount(<ArticlesView />, fakeClient(store([fb, g]).handlers));
    const select = byTestId(root, 'filter-company') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'facebook', 'google']);
    select.value = 'google';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(titles(root)).toEqual(['عن جوجل']);
  });
});
