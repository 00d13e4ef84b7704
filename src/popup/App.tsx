import { useI18n } from './i18n';
import { libraryHref } from './links';
import { PageView } from './page/PageView';

/** The popup: the page's summary, with ways to the library and the settings. */
export function App({ tabId }: { tabId: number | undefined }) {
  const { t } = useI18n();
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        <nav aria-label={t('uiNavLabel')}>
          <a href={libraryHref('/articles')} target="_blank" rel="noopener" data-testid="open-library">
            {t('uiLibrary')}
          </a>
          <a href={libraryHref('/settings')} target="_blank" rel="noopener" data-testid="open-settings">
            {t('uiSettings')}
          </a>
        </nav>
      </header>
      <h2 class="visually-hidden">{t('thisPage')}</h2>
      <PageView tabId={tabId} />
    </main>
  );
}
