import { useState } from 'preact/hooks';
import type { CompanySummary } from '../../shared/messages';
import type { TabMention } from '../../shared/messages';
import { RelatedList } from '../common/RelatedList';
import { useDirectory } from '../context';
import { isolate, useI18n } from '../i18n';
import { companyRoute, libraryHref } from '../links';
import { MentionItem } from './MentionItem';

/** How many mentions show before "show all": a page can name a company a hundred times. */
const FIRST_MENTIONS = 3;
/** Related items shown at first: the best few; the library's company view has them all. */
const FIRST_RELATED = 2;

interface Props {
  company: CompanySummary;
  mentions: readonly TabMention[];
  tabId: number;
}

/** One company on the page: its mentions (data requests first), then its related reporting. */
export function CompanyCard({ company, mentions, tabId }: Props) {
  const { lang, t, num } = useI18n();
  const { directory } = useDirectory();
  const [all, setAll] = useState(false);
  const [allRelated, setAllRelated] = useState(false);
  const name = directory.name(company.companyId, lang) || mentions[0]?.alias || company.companyId;
  const ordered = [...mentions].sort(
    (a, b) => Number(b.kind === 'data') - Number(a.kind === 'data') || a.id - b.id,
  );
  const shown = all ? ordered : ordered.slice(0, FIRST_MENTIONS);
  const headingId = `company-${company.companyId}`;
  return (
    <section
      class="company"
      data-testid="company"
      data-company={company.companyId}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <bdi>{name}</bdi>
      </h3>
      <p class="meta" data-testid="company-counts">
        {t('uiMentionCounts', num(company.dataMentions), num(company.mentions))}
        {company.muted && <span class="badge"> · {t('uiMuted')}</span>}
      </p>
      <ul class="mentions">
        {shown.map((m) => (
          <MentionItem key={`${m.frameId}:${m.id}`} mention={m} name={name} tabId={tabId} />
        ))}
      </ul>
      {ordered.length > shown.length && (
        <button type="button" class="link" onClick={() => setAll(true)} data-testid="more-mentions">
          {t('uiShowAllMentions', num(ordered.length))}
        </button>
      )}
      <h4 class="subhead">{t('cardRelated')}</h4>
      <RelatedList items={allRelated ? company.related : company.related.slice(0, FIRST_RELATED)} />
      {!allRelated && company.related.length > FIRST_RELATED && (
        <button type="button" class="link" onClick={() => setAllRelated(true)} data-testid="more-related">
          {t('uiShowAllRelated', num(company.related.length))}
        </button>
      )}
      <a
        href={libraryHref(companyRoute(company.companyId))}
        target="_blank"
        rel="noopener"
        data-testid="company-link"
      >
        {t('uiCompanyAll', isolate(name))}
      </a>
    </section>
  );
}
