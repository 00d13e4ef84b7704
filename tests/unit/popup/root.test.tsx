// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClient, settle } from './helpers';

const stored: Record<string, unknown> = {};
const listeners: ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
vi.mock('../../../src/shared/browser', () => ({
  default: {
    i18n: { getUILanguage: () => 'en-US' },
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => {
          Object.assign(stored, items);
          for (const l of listeners)
            l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
        },
      },
      onChanged: {
        addListener: (l: (typeof listeners)[number]) => listeners.push(l),
        removeListener: () => {},
      },
    },
  },
}));

const { Root } = await import('../../../src/popup/Root');
const { useI18n } = await import('../../../src/popup/i18n');
const { useLangChoice } = await import('../../../src/popup/context');

function Probe() {
  const { t } = useI18n();
  const { setChoice } = useLangChoice();
  return (
    <button type="button" onClick={() => setChoice('en')}>
      {t('popupTitle')}
    </button>
  );
}

async function mountRoot() {
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  await act(() =>
    render(
      <Root client={fakeClient({ 'companies/user': () => ({ companies: [], aliases: [] }) })}>
        <Probe />
      </Root>,
      container,
    ),
  );
  await settle();
  return container;
}

describe('UI language', () => {
  beforeEach(() => {
    for (const k of Object.keys(stored)) delete stored[k];
  });

  it('follows the browser when nothing is chosen', async () => {
    const root = await mountRoot();
    expect(root.textContent).toBe('Privacy Radar');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('uses the stored choice: Arabic makes the whole document right-to-left', async () => {
    stored.uiLang = 'ar';
    const root = await mountRoot();
    expect(root.textContent).toBe('رادار الخصوصية');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    await act(() => root.querySelector('button')!.click());
    await settle();
    expect(stored.uiLang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
