import { useMemo } from 'preact/hooks';
import { bundle } from '../../../../data/bundle';
import { useDirectory } from '../../context';
import { useI18n } from '../../i18n';
import { companyRoute } from '../../links';

/** The companies the bundled reports are about, most reported first: a way in without knowing a name. */
export function CompanyIndex() {
  const { lang, t, num } = useI18n();
  const { directory } = useDirectory();
  const counts = useMemo(() => {
    const byId = new Map<string, number>();
    for (const r of bundle.reports) for (const id of r.companies) byId.set(id, (byId.get(id) ?? 0) + 1);
    return [...byId].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, []);
  return (
    <section aria-labelledby="company-index-heading" data-testid="company-index">
      <h2 id="company-index-heading">{t('uiCompaniesReported')}</h2>
      <ul class="company-index">
        {counts.map(([id, count]) => (
          <li key={id}>
            <a href={`#${companyRoute(id)}`} data-company={id}>
              <bdi>{directory.name(id, lang)}</bdi>
            </a>{' '}
            <span class="muted">({num(count)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
