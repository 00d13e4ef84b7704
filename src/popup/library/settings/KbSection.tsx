import { ErrorNote, Loading } from '../../common/ErrorNote';
import { useClient } from '../../context';
import { formatBytes } from '../../format';
import { useI18n } from '../../i18n';
import { useLoad } from '../../use-load';

/** The knowledge base: the bundle's version and "as of" date, what is stored, and how much room it takes. */
export function KbSection({ round }: { round: number }) {
  const client = useClient();
  const { lang, t, date, num } = useI18n();
  const info = useLoad(() => client.call('kb/info', {}), String(round));
  return (
    <section aria-labelledby="kb-heading" data-testid="settings-kb">
      <h2 id="kb-heading">{t('uiKb')}</h2>
      {info.loaded.status === 'loading' && <Loading />}
      {info.loaded.status === 'error' && <ErrorNote error={info.loaded.error} onRetry={info.reload} />}
      {info.loaded.status === 'ready' && (
        <dl class="facts">
          <dt>{t('uiKbVersion')}</dt>
          <dd data-testid="kb-version">
            <bdi>{info.loaded.value.bundle.version}</bdi>
          </dd>
          <dt>{t('uiKbAsOf')}</dt>
          <dd data-testid="kb-as-of">{date(info.loaded.value.bundle.asOf)}</dd>
          <dt>{t('uiKbCounts')}</dt>
          <dd>
            {t(
              'uiKbCountsValue',
              num(info.loaded.value.counts.reports),
              num(info.loaded.value.counts.companies),
              num(info.loaded.value.counts.articles),
            )}
          </dd>
          <dt>{t('uiKbStorage')}</dt>
          <dd>
            {info.loaded.value.storage.usage !== null && formatBytes(lang, info.loaded.value.storage.usage)}
            {info.loaded.value.storage.usage !== null && ' · '}
            {t(info.loaded.value.storage.persisted ? 'uiKbPersisted' : 'uiKbNotPersisted')}
          </dd>
        </dl>
      )}
    </section>
  );
}
