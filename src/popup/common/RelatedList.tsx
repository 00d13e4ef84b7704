import type { RelatedArticle, RelatedItem, RelatedReport } from '../../shared/messages';
import { useI18n } from '../i18n';
import { articleRoute, libraryHref, safeHref } from '../links';

/** A bundled report: its title, summary and outcome in the UI language, the outlet and the source. */
function ReportItem({ item }: { item: RelatedReport }) {
  const { lang, t, date } = useI18n();
  const source = safeHref(item.sourceUrl);
  return (
    <li class="related" data-testid="related-item" data-kind="report" data-id={item.id}>
      <strong class="related-title">{item.title[lang]}</strong>
      <p class="meta">
        <bdi>{item.outlet}</bdi> · <time dateTime={item.date}>{date(item.date)}</time>
      </p>
      <p class="summary" data-testid="related-summary">
        {item.summary[lang]}
      </p>
      {item.outcome[lang] && <p class="outcome">{item.outcome[lang]}</p>}
      {source && (
        <a href={source} target="_blank" rel="noopener noreferrer">
          {t('cardSource')}
        </a>
      )}
    </li>
  );
}

/** A saved article: written in its own language, so its text picks its own direction. */
function ArticleItem({ item }: { item: RelatedArticle }) {
  const { t, date } = useI18n();
  return (
    <li class="related" data-testid="related-item" data-kind="article" data-id={item.id}>
      <strong class="related-title clamp" dir="auto">
        {item.title}
      </strong>
      <p class="meta">
        {t('cardSavedArticle')} · <bdi>{item.site}</bdi> · <time dateTime={item.date}>{date(item.date)}</time>
      </p>
      {item.summary.length > 0 && (
        <p class="summary" dir="auto" data-testid="related-summary">
          {item.summary.join(' ')}
        </p>
      )}
      <a href={libraryHref(articleRoute(item.id))} target="_blank" rel="noopener">
        {t('uiReadSaved')}
      </a>
    </li>
  );
}

/** Related reporting, bundled reports and saved articles alike, in the order given (best first). */
export function RelatedList({ items }: { items: readonly RelatedItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <p class="muted">{t('cardNoRelated')}</p>;
  return (
    <ul class="related-list">
      {items.map((item) =>
        item.kind === 'report' ? (
          <ReportItem key={`r:${item.id}`} item={item} />
        ) : (
          <ArticleItem key={`a:${item.id}`} item={item} />
        ),
      )}
    </ul>
  );
}
