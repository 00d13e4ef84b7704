import type { Article } from '../../../shared/messages';
import { ErrorNote, Loading } from '../../common/ErrorNote';
import { useClient, useDirectory } from '../../context';
import { dataTypesText } from '../../describe';
import { useI18n } from '../../i18n';
import { companyRoute, safeHref } from '../../links';
import { useLoad } from '../../use-load';

/** The paragraphs of an extracted text (blank lines separate them); rendering them as text, never as HTML. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A saved article, read from the local copy: works offline and after the page has changed or gone. */
export function ArticleView({ url }: { url: string }) {
  const client = useClient();
  const { t } = useI18n();
  const article = useLoad(() => client.call('article/get', { url }), url);
  if (article.loaded.status === 'loading') return <Loading />;
  if (article.loaded.status === 'error')
    return <ErrorNote error={article.loaded.error} onRetry={article.reload} />;
  const found = article.loaded.value.article;
  if (!found) {
    return (
      <p class="empty" data-testid="article-missing">
        {t('uiArticleMissing')} <a href="#/articles">{t('uiBackToList')}</a>
      </p>
    );
  }
  return <ArticleBody article={found} />;
}

function ArticleBody({ article }: { article: Article }) {
  const { lang, t, date } = useI18n();
  const { directory } = useDirectory();
  const original = safeHref(article.url);
  return (
    <article class="reader" data-testid="article-view">
      <p>
        <a href="#/articles">{t('uiBackToList')}</a>
      </p>
      <h2 dir="auto" lang={article.lang} data-testid="article-title">
        {article.title || article.url}
      </h2>
      <p class="meta">
        <bdi>{article.site}</bdi>
        {article.byline && (
          <>
            {' · '}
            <bdi>{article.byline}</bdi>
          </>
        )}
        {article.published && <> · {date(article.published)}</>} · {t('uiSavedOn', date(article.savedAt))}
      </p>
      {original && (
        <p>
          <a href={original} target="_blank" rel="noopener noreferrer">
            {t('uiOpenOriginal')}
          </a>
        </p>
      )}
      {article.detections.companies.length > 0 && (
        <p class="meta">
          {t('uiCompanies')}:{' '}
          {article.detections.companies.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a href={`#${companyRoute(id)}`}>
                <bdi>{directory.name(id, lang)}</bdi>
              </a>
            </span>
          ))}{' '}
          · {dataTypesText(lang, article.detections.dataTypes)}
        </p>
      )}
      {article.summary.length > 0 && (
        <section aria-labelledby="summary-heading">
          <h3 id="summary-heading">{t('uiSummary')}</h3>
          <ul dir="auto" lang={article.lang} data-testid="article-summary">
            {article.summary.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="text-heading">
        <h3 id="text-heading">{t('uiSavedText')}</h3>
        <div class="text" dir="auto" lang={article.lang} data-testid="article-text">
          {paragraphs(article.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </section>
    </article>
  );
}
