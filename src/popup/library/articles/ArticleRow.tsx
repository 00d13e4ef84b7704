import type { ArticleMeta } from '../../../shared/messages';
import { useDirectory } from '../../context';
import { dataTypesText } from '../../describe';
import { isolate, useI18n } from '../../i18n';
import { articleRoute, safeHref } from '../../links';
import { articleDay } from './filters';

/** How much of a title an accessible name carries: a 2,000-character title would drown the button's purpose. */
const NAME_CHARS = 80;

/** One saved article in the list: fixed height (the title is clamped), so the list can be virtualised. */
export function ArticleRow({
  article,
  onDelete,
}: {
  article: ArticleMeta;
  onDelete: (a: ArticleMeta) => void;
}) {
  const { lang, t, date } = useI18n();
  const { directory } = useDirectory();
  const title = article.title || article.url;
  const shortTitle = title.length > NAME_CHARS ? `${title.slice(0, NAME_CHARS)}…` : title;
  const original = safeHref(article.url);
  const companies = article.detections.companies.slice(0, 4).map((id) => directory.name(id, lang));
  return (
    <article class="row" data-testid="article-row" data-url={article.canonicalUrl}>
      <a
        class="row-title clamp"
        dir="auto"
        lang={article.lang}
        href={`#${articleRoute(article.canonicalUrl)}`}
        data-testid="article-open"
      >
        {title}
      </a>
      <p class="meta ellipsis">
        <bdi>{article.site}</bdi>
        {article.published && (
          <>
            {' · '}
            <time dateTime={articleDay(article)}>{date(article.published)}</time>
          </>
        )}
        {' · '}
        {t('uiSavedOn', date(article.savedAt))}
      </p>
      <p class="meta ellipsis">
        {companies.map((name, i) => (
          <span key={article.detections.companies[i]}>
            {i > 0 && (lang === 'ar' ? '، ' : ', ')}
            <bdi>{name}</bdi>
          </span>
        ))}
        {companies.length > 0 && ' · '}
        {dataTypesText(lang, article.detections.dataTypes)}
      </p>
      <div class="row-actions">
        {original && (
          <a
            href={original}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('uiOpenOriginalOf', isolate(shortTitle))}
          >
            {t('uiOpenOriginal')}
          </a>
        )}
        <button
          type="button"
          class="danger"
          data-testid="article-delete"
          aria-label={t('uiDeleteArticle', isolate(shortTitle))}
          onClick={() => onDelete(article)}
        >
          {t('uiDelete')}
        </button>
      </div>
    </article>
  );
}
