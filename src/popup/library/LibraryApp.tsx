import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { ArticleView } from './article/ArticleView';
import { ArticlesView } from './articles/ArticlesView';
import { CompanyView } from './company/CompanyView';
import { parseRoute, type Route } from './route';
import { SettingsView } from './settings/SettingsView';

/** The current route, following the hash. */
function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

const TABS = [
  { view: 'articles', href: '#/articles', key: 'uiSavedArticles' },
  { view: 'company', href: '#/company', key: 'uiCompanies' },
  { view: 'settings', href: '#/settings', key: 'uiSettings' },
] as const;

/** The full-page library: saved articles, company timelines and settings. */
export function LibraryApp() {
  const { t } = useI18n();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${t(TABS.find((tab) => tab.view === route.view)?.key ?? 'uiSavedArticles')} — ${t('popupTitle')}`;
    // After a navigation (not on load), move focus to the new view so keyboard and screen-reader users land in it.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [route, t]);
  const current = route.view === 'article' ? 'articles' : route.view;
  return (
    <div class="library" data-testid="library" data-view={route.view}>
      <a class="skip" href="#library-main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('uiSkipToContent')}
      </a>
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        <nav aria-label={t('uiNavLabel')}>
          {TABS.map((tab) => (
            <a
              key={tab.view}
              href={tab.href}
              aria-current={current === tab.view ? 'page' : undefined}
              data-testid={`nav-${tab.view}`}
            >
              {t(tab.key)}
            </a>
          ))}
        </nav>
      </header>
      <main id="library-main" ref={main} tabIndex={-1}>
        {route.view === 'articles' && <ArticlesView />}
        {route.view === 'article' && <ArticleView url={route.url} />}
        {route.view === 'company' && <CompanyView companyId={route.companyId} />}
        {route.view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
