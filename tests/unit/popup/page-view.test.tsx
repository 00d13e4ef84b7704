// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/popup/App';
import type { PageSummary, RelatedReport, TabMention } from '../../../src/shared/messages';
import { allByTestId, article, byTestId, click, fakeClient, mount, type FakeHandlers } from './helpers';

const mention = (id: number, kind: 'data' | 'plain', extra: Partial<TabMention> = {}): TabMention => ({
  id,
  frameId: 0,
  companyId: 'facebook',
  alias: 'فيسبوك',
  kind,
  ...(kind === 'data' ? { action: 'requested' as const } : {}),
  dataTypes: kind === 'data' ? ['financial'] : [],
  counterparties: kind === 'data' ? ['المصارف'] : [],
  evidence: [],
  sentence: 'طلبت فيسبوك من المصارف بيانات عملائها المالية.',
  lang: 'ar',
  ...extra,
});

const report: RelatedReport = {
  kind: 'report',
  id: 'FB-BANKS-WSJ-2018',
  date: '2018-08-06',
  title: { en: 'Facebook asked banks for customer data', ar: 'فيسبوك طلبت من البنوك بيانات العملاء' },
  outlet: 'The Wall Street Journal',
  summary: {
    en: 'Facebook <b>asked</b> <script>alert(1)</script> large US banks for financial data.',
    ar: 'طلبت فيسبوك من بنوك أمريكية كبرى بيانات مالية <b>عن</b> عملائها.',
  },
  outcome: {
    en: 'Facebook said it would not use the data for ads.',
    ar: 'قالت فيسبوك إنها لن تستخدمها للإعلانات.',
  },
  sourceUrl: 'https://www.wsj.com/articles/example',
  companies: ['facebook'],
  action: 'requested',
  dataTypes: ['financial'],
};

function summary(mentions: TabMention[], related = [report]): PageSummary {
  return {
    tabId: 7,
    state: { url: 'https://news.example/ar/story', title: 'قصة', mentions, dataCount: 1, scannedAt: 1 },
    config: { enabled: true, mode: 'data', mutedCompanies: [], corrections: [] },
    companies: mentions.length
      ? [
          {
            companyId: 'facebook',
            mentions: mentions.length,
            dataMentions: mentions.filter((m) => m.kind === 'data').length,
            dataTypes: ['financial'],
            muted: false,
            related,
          },
        ]
      : [],
  };
}

function handlers(page: PageSummary, extra: FakeHandlers = {}): FakeHandlers {
  return {
    'page/summary': () => page,
    'settings/get': () => ({ mode: 'data', paused: false }),
    'mutes/list': () => ({ mutes: [] }),
    'article/get': () => ({ article: null }),
    'tab/open-mention': () => ({ opened: true }),
    ...extra,
  };
}

describe('popup: this page', () => {
  it('lists the company with its data request first, with what is asked', async () => {
    const client = fakeClient(handlers(summary([mention(1, 'plain'), mention(2, 'data')])));
    const root = await mount(<App tabId={undefined} />, client);
    const company = byTestId(root, 'company')!;
    expect(company.getAttribute('data-company')).toBe('facebook');
    expect(company.querySelector('h3')!.textContent).toBe('Facebook');
    const items = allByTestId(company, 'mention');
    expect(items.map((m) => m.getAttribute('data-kind'))).toEqual(['data', 'plain']);
    expect(byTestId(items[0]!, 'mention-what')!.textContent).toContain('asks');
    expect(byTestId(items[0]!, 'mention-data')!.textContent).toBe('financial data');
    expect(items[0]!.textContent).toContain('المصارف');
  });

  it('"show me" asks the background to open that mention in that tab', async () => {
    // In a subframe: "show me" must ask that frame (mention ids are per frame).
    const client = fakeClient(handlers(summary([mention(4, 'data', { frameId: 3 })])));
    const root = await mount(<App tabId={7} />, client);
    expect(client.callsOf('page/summary')).toEqual([{ tabId: 7 }]);
    await click(byTestId(root, 'show-mention'));
    expect(client.callsOf('tab/open-mention')).toEqual([{ tabId: 7, mentionId: 4, frameId: 3 }]);
  });

  it('shows a report summary in the UI language, its markup as text', async () => {
    const client = fakeClient(handlers(summary([mention(1, 'data')])));
    const en = await mount(<App tabId={7} />, client, 'en');
    const summaryEn = byTestId(en, 'related-summary')!;
    expect(summaryEn.textContent).toBe(report.summary.en);
    expect(summaryEn.querySelector('b, script')).toBeNull();
    const ar = await mount(<App tabId={7} />, client, 'ar');
    expect(byTestId(ar, 'related-summary')!.textContent).toBe(report.summary.ar);
  });

  it('is right-to-left in Arabic, with the company name isolated', async () => {
    const client = fakeClient(handlers(summary([mention(1, 'data')])));
    const root = await mount(<App tabId={7} />, client, 'ar');
    expect(byTestId(root, 'root')!.getAttribute('dir')).toBe('rtl');
    expect(byTestId(root, 'company')!.querySelector('h3 bdi')!.textContent).toBe('فيسبوك');
    expect(root.querySelector('h1')!.textContent).toBe('رادار الخصوصية');
  });

  it('says plainly when the page mentions no company', async () => {
    const client = fakeClient(handlers(summary([])));
    const root = await mount(<App tabId={7} />, client);
    expect(byTestId(root, 'no-mentions')!.textContent).toBe('No company is mentioned on this page.');
    expect(byTestId(root, 'company')).toBeNull();
  });

  it('switches the site off with a site mute, and on again by removing it', async () => {
    let mutes: { kind: 'site'; value: string; createdAt: number }[] = [];
    const client = fakeClient(
      handlers(summary([mention(1, 'data')]), {
        'mutes/list': () => ({ mutes }),
        'mute/add': (m) => {
          mutes = [{ kind: 'site', value: m.value, createdAt: 1 }];
          return { mute: mutes[0]!, created: true };
        },
        'mute/remove': () => {
          mutes = [];
          return { removed: true };
        },
      }),
    );
    const root = await mount(<App tabId={7} />, client);
    const toggle = () => byTestId(root, 'site-switch') as HTMLInputElement;
    expect(toggle().checked).toBe(true);
    await click(toggle());
    expect(client.callsOf('mute/add')).toEqual([{ kind: 'site', value: 'news.example' }]);
    expect(toggle().checked).toBe(false);
    await click(toggle());
    expect(client.callsOf('mute/remove')).toEqual([{ kind: 'site', value: 'news.example' }]);
    expect(toggle().checked).toBe(true);
  });

  it('saves the page and shows the saved state', async () => {
    const saved = article({ savedAt: Date.UTC(2026, 10, 29) });
    const client = fakeClient(
      handlers(summary([mention(1, 'data')]), { 'tab/save': () => ({ article: saved, created: true }) }),
    );
    const root = await mount(<App tabId={7} />, client);
    expect(byTestId(root, 'saved-state')!.getAttribute('data-saved')).toBe('false');
    await click(byTestId(root, 'save'));
    expect(client.callsOf('tab/save')).toEqual([{ tabId: 7 }]);
    expect(byTestId(root, 'saved-state')!.getAttribute('data-saved')).toBe('true');
    expect(byTestId(root, 'save')!.textContent).toBe('Save again');
  });

  it('recovers from a failed load with "try again"', async () => {
    let up = false;
    const page = summary([mention(1, 'data')]);
    const client = fakeClient(
      handlers(page, {
        'page/summary': () => (up ? page : { ok: false, error: 'Receiving end does not exist.' }),
      }),
    );
    const root = await mount(<App tabId={7} />, client);
    expect(byTestId(root, 'error')!.textContent).toContain('Receiving end does not exist.');
    up = true;
    await click(byTestId(root, 'retry'));
    expect(byTestId(root, 'company')).not.toBeNull();
  });
});
