import { useEffect, useState } from 'preact/hooks';
import type { Client } from './client';
import type { TabState } from '../shared/messages';
import { t } from './i18n';
import { PageSummary } from './PageSummary';

type Load =
  { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; state: TabState | null };

/** The popup: the current page's summary. */
export function App({ client, tabId }: { client: Client; tabId: number | undefined }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    void client.tabState(tabId).then((res) => {
      setLoad(res.ok ? { status: 'ready', state: res.value.state } : { status: 'error', error: res.error });
    });
  }, [client, tabId]);

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <h2>{t('thisPage')}</h2>
      {load.status === 'loading' && <p aria-busy="true" />}
      {load.status === 'error' && (
        <p role="alert" class="muted">
          {load.error}
        </p>
      )}
      {load.status === 'ready' && <PageSummary state={load.state} />}
    </main>
  );
}
