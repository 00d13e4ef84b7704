import { useEffect } from 'preact/hooks';
import type { Mute, PageSummary, Response, Settings } from '../../shared/messages';
import type { Client } from '../client';
import { ErrorNote, Loading } from '../common/ErrorNote';
import { useClient } from '../context';
import { useI18n } from '../i18n';
import { useLoad } from '../use-load';
import { CompanyCard } from './CompanyCard';
import { PageControls } from './PageControls';
import { SaveButton } from './SaveButton';
import { hostOf } from './site-mute';

interface PageData {
  summary: PageSummary;
  settings: Settings;
  mutes: Mute[];
}

async function loadPage(client: Client, tabId: number | undefined): Promise<Response<PageData>> {
  const [summary, settings, mutes] = await Promise.all([
    client.call('page/summary', tabId === undefined ? {} : { tabId }),
    client.call('settings/get', {}),
    client.call('mutes/list', {}),
  ]);
  if (!summary.ok) return summary;
  if (!settings.ok) return settings;
  if (!mutes.ok) return mutes;
  return { ok: true, value: { summary: summary.value, settings: settings.value, mutes: mutes.value.mutes } };
}

/** After a settings change the page rescans; its new mentions reach the background a moment later. */
const RESCAN_DELAY_MS = 1_500;

/** The popup's "this page": controls, then the companies mentioned, data requests first. */
export function PageView({ tabId }: { tabId: number | undefined }) {
  const client = useClient();
  const { t } = useI18n();
  const page = useLoad(() => loadPage(client, tabId), String(tabId));
  const { reload } = page;
  // Coming back to the window (or the popup tab) shows the page as it is now, not as it was.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  if (page.loaded.status === 'loading') return <Loading />;
  if (page.loaded.status === 'error') return <ErrorNote error={page.loaded.error} onRetry={reload} />;
  const { summary, settings, mutes } = page.loaded.value;
  const state = summary.state;
  const host = state ? hostOf(state.url) : null;
  const onChanged = () => {
    reload();
    setTimeout(reload, RESCAN_DELAY_MS);
  };
  return (
    <div data-testid="page-view" data-tab-id={summary.tabId}>
      {state && host && (
        <>
          <p class="page-title clamp" dir="auto" data-testid="page-title">
            {state.title || state.url}
          </p>
          <SaveButton tabId={summary.tabId} url={state.url} />
          <PageControls host={host} settings={settings} mutes={mutes} onChanged={onChanged} />
        </>
      )}
      <PageCompanies summary={summary} disabled={summary.config?.enabled === false} />
      {!state && (
        <p class="muted" data-testid="not-scanned">
          {t('notScanned')}
        </p>
      )}
    </div>
  );
}

function PageCompanies({ summary, disabled }: { summary: PageSummary; disabled: boolean }) {
  const { t, num } = useI18n();
  const state = summary.state;
  if (!state) return null;
  if (summary.companies.length === 0) {
    return (
      <p data-testid="no-mentions" class="empty">
        {disabled ? t('uiPageOff') : t('noMentions')}
      </p>
    );
  }
  return (
    <>
      <h2>{t('uiCompaniesOnPage')}</h2>
      <p data-testid="data-count" class="meta">
        {t('dataMentions', num(state.dataCount))}
      </p>
      <div data-testid="companies">
        {summary.companies.map((company) => (
          <CompanyCard
            key={company.companyId}
            company={company}
            mentions={state.mentions.filter((m) => m.companyId === company.companyId)}
            tabId={summary.tabId}
          />
        ))}
      </div>
    </>
  );
}
