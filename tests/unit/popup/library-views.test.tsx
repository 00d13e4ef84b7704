// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../../src/popup/library/article/ArticleView';
import { articlesCsv, csvField } from '../../../src/popup/library/articles/csv';
import { VirtualList } from '../../../src/popup/library/articles/VirtualList';
import { CompanyView } from '../../../src/popup/library/company/CompanyView';
import { parseRoute } from '../../../src/popup/library/route';
import { article, allByTestId, byTestId, fakeClient, mount, settle } from './helpers';

describe('library: company view', () => {
  it('puts bundled reports and saved articles on one timeline, with a chart by year', async () => {
    const saved = article({ title: 'A saved story about Facebook', published: '2025-03-01' });
    const client = fakeClient({
      'articles/list': ({ companyId }) =>
        companyId === 'facebook' ? { total: 1, items: [saved] } : { total: 0, items: [] },
    });
    const root = await mount(<CompanyView companyId="facebook" />, client);
    expect(client.callsOf('articles/list')).toEqual([{ offset: 0, limit: 200, companyId: 'facebook' }]);
    const items = allByTestId(root, 'related-item');
    expect(items.some((i) => i.getAttribute('data-id') === 'FB-BANKS-WSJ-2018')).toBe(true);
    expect(items.some((i) => i.getAttribute('data-id') === saved.canonicalUrl)).toBe(true);
    const years = allByTestId(root, 'timeline-year').map((y) => Number(y.getAttribute('data-year')));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const chart = byTestId(root, 'year-chart')!;
    expect(chart.querySelector('svg[role="img"]')).not.toBeNull();
    expect(chart.querySelector('desc')!.textContent).toContain('2018');
  });

  it('speaks Arabic: report titles and summaries in Arabic, RTL', async () => {
    const root = await mount(
      <CompanyView companyId="facebook" />,
      fakeClient({ 'articles/list': () => ({ total: 0, items: [] }) }),
      'ar',
    );
    expect(byTestId(root, 'root')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('#company-heading')!.textContent).toBe('فيسبوك');
    const report = root.querySelector('[data-id="FB-BANKS-WSJ-2018"] [data-testid="related-summary"]')!;
    expect(report.textContent).toMatch(/[\u0600-\u06ff]/);
  });
});

describe('library: saved copy', () => {
  it('shows markup in a summary and text as text', async () => {
    const a = {
      ...article({ summary: ['<img src=x onerror=alert(1)> A <b>bold</b> claim.'] }),
      text: 'First <script>x()</script>.\n\nSecond.',
    };
    const root = await mount(
      <ArticleView url={a.canonicalUrl} />,
      fakeClient({ 'article/get': () => ({ article: a }) }),
    );
    const summary = byTestId(root, 'article-summary')!;
    expect(summary.textContent).toBe('<img src=x onerror=alert(1)> A <b>bold</b> claim.');
    expect(summary.querySelector('img, b')).toBeNull();
    const paragraphs = byTestId(root, 'article-text')!.querySelectorAll('p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual(['First <script>x()</script>.', 'Second.']);
  });

  it('says so when the article is gone', async () => {
    const root = await mount(
      <ArticleView url="https://gone.example/" />,
      fakeClient({ 'article/get': () => ({ article: null }) }),
    );
    expect(byTestId(root, 'article-missing')).not.toBeNull();
  });
});

describe('virtual list keyboard', () => {
  it('moves focus to the next row with the arrow keys, drawing rows as needed', async () => {
    const items = Array.from({ length: 1_000 }, (_, i) => `item-${i}`);
    const root = await mount(
      <VirtualList
        items={items}
        rowHeight={40}
        keyOf={(s) => s}
        label="items"
        renderRow={(s) => <button type="button">{s}</button>}
      />,
      fakeClient({}),
    );
    const press = async (key: string) => {
      await act(() => {
        document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
      await settle(2);
    };
    root.querySelector<HTMLButtonElement>('[data-index="0"] button')!.focus();
    await press('ArrowDown');
    expect(document.activeElement!.textContent).toBe('item-1');
    await press('End');
    expect(document.activeElement!.textContent).toBe('item-999');
    await press('Home');
    expect(document.activeElement!.textContent).toBe('item-0');
  });
});

describe('routes and export', () => {
  it('parses the library hash', () => {
    expect(parseRoute('')).toEqual({ view: 'articles' });
    expect(parseRoute('#/settings')).toEqual({ view: 'settings' });
    expect(parseRoute('#/company/facebook')).toEqual({ view: 'company', companyId: 'facebook' });
    expect(parseRoute('#/company')).toEqual({ view: 'company', companyId: null });
    expect(parseRoute(`#/article/${encodeURIComponent('https://a.example/x?y=1')}`)).toEqual({
      view: 'article',
      url: 'https://a.example/x?y=1',
    });
    expect(parseRoute('#/article/%E0%A4%A')).toEqual({ view: 'articles' });
  });

  it('writes CSV that spreadsheets cannot run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a, b')).toBe('"a, b"');
    const csv = articlesCsv([article({ title: 'عنوان, "مقتبس"' })]);
    expect(csv.startsWith('\uFEFFtitle,url,')).toBe(true);
    expect(csv).toContain('"عنوان, ""مقتبس"""');
  });
});

describe('popup in a tab', () => {
  it('reads ?tab=<id>', async () => {
    const { tabIdFrom } = await import('../../../src/popup/links');
    expect(tabIdFrom('?tab=42')).toBe(42);
    expect(tabIdFrom('')).toBeUndefined();
    expect(tabIdFrom('?tab=-1')).toBeUndefined();
    expect(tabIdFrom('?tab=1e3')).toBeUndefined();
  });
});
