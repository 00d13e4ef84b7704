import { useMemo } from 'preact/hooks';
import { bundle } from '../../../../data/bundle';
import { ErrorNote, Loading } from '../../common/ErrorNote';
import { RelatedList } from '../../common/RelatedList';
import { useClient, useDirectory } from '../../context';
import { formatYear } from '../../format';
import { useI18n } from '../../i18n';
import { companyRoute } from '../../links';
import { useLoad } from '../../use-load';
import { loadAllArticles } from '../articles/load-articles';
import { CompanyIndex } from './CompanyIndex';
import { CompanyPicker } from './CompanyPicker';
import { articleItem, byYear, reportItem, yearBars } from './timeline-data';
import { YearChart } from './YearChart';

/**
 * Everything known about a company: its bundled reports and the user's saved articles, on one timeline.
 * The reports come from the bundle itself rather than 'related/get': that message ranks reports and saved
 * articles together and caps them at 20, while this view must show every report, and the bundle is exactly
 * what the background seeded its store with.
 */
export function CompanyView({ companyId }: { companyId: string | null }) {
  if (!companyId) {
    return (
      <>
        <CompanyPicker />
        <CompanyIndex />
      </>
    );
  }
  return <CompanyTimeline companyId={companyId} />;
}

function CompanyTimeline({ companyId }: { companyId: string }) {
  const client = useClient();
  const { lang, t, num } = useI18n();
  const { directory } = useDirectory();
  const company = directory.get(companyId);
  const name = directory.name(companyId, lang);
  const articles = useLoad(() => loadAllArticles(client, undefined, companyId), companyId);
  const reports = useMemo(
    () => bundle.reports.filter((r) => r.companies.includes(companyId)).map(reportItem),
    [companyId],
  );
  const items = useMemo(
    () => [...reports, ...(articles.loaded.status === 'ready' ? articles.loaded.value.map(articleItem) : [])],
    [reports, articles.loaded],
  );
  const bars = useMemo(() => yearBars(items), [items]);
  const parent = company?.parent ? directory.get(company.parent) : undefined;
  return (
    <section
      class="company-view"
      data-testid="company-view"
      data-company={companyId}
      aria-labelledby="company-heading"
    >
      <CompanyPicker />
      <h2 id="company-heading">
        <bdi>{name}</bdi>
      </h2>
      {company && (
        <p class="meta">
          {[...company.aliases.en, ...company.aliases.ar].slice(0, 8).map((alias, i) => (
            <span key={alias}>
              {i > 0 && ' · '}
              <bdi>{alias}</bdi>
            </span>
          ))}
          {parent && (
            <>
              {' · '}
              {t('uiParentCompany')}{' '}
              <a href={`#${companyRoute(parent.id)}`}>
                <bdi>{directory.name(parent.id, lang)}</bdi>
              </a>
            </>
          )}
        </p>
      )}
      <p class="meta" data-testid="company-totals">
        {t(
          'uiCompanyTotals',
          num(reports.length),
          articles.loaded.status === 'ready' ? num(articles.loaded.value.length) : '…',
        )}
      </p>
      {articles.loaded.status === 'loading' && <Loading />}
      {articles.loaded.status === 'error' && (
        <ErrorNote error={articles.loaded.error} onRetry={articles.reload} />
      )}
      <YearChart bars={bars} name={name} />
      {items.length === 0 && articles.loaded.status === 'ready' && (
        <p class="empty" data-testid="company-empty">
          {t('uiCompanyEmpty')}
        </p>
      )}
      {byYear(items).map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`} data-testid="timeline-year" data-year={year}>
          <h3 id={`year-${year}`}>{formatYear(lang, year)}</h3>
          <RelatedList items={list} />
        </section>
      ))}
    </section>
  );
}
