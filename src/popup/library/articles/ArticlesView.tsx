import { useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleMeta } from '../../../shared/messages';
import { ErrorNote } from '../../common/ErrorNote';
import { UndoBar, type UndoState } from '../../common/UndoBar';
import { useClient, useDirectory } from '../../context';
import { isolate, useI18n } from '../../i18n';
import { downloadText } from '../download';
import { ArticleRow } from './ArticleRow';
import { articlesCsv } from './csv';
import { FilterBar } from './FilterBar';
import { NO_FILTERS, primaryLang, queryArticles, type ArticleFilters, type SortKey } from './filters';
import { useArticleStore } from './use-article-store';
import { VirtualList } from './VirtualList';

/** Must match `.vlist li` height in library.css. */
export const ROW_HEIGHT = 132;

/** Saved articles: search, filters, sort, open, delete with undo, export. */
export function ArticlesView() {
  const client = useClient();
  const { directory } = useDirectory();
  const { t, num } = useI18n();
  const [round, setRound] = useState(0);
  const store = useArticleStore(client, directory, round);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ArticleFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>('relevance');
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const undoBar = useRef<HTMLDivElement>(null);

  const ready = store.state.status === 'ready' ? store.state : null;
  const results = useMemo(
    () => (ready ? queryArticles(ready.index, ready.byUrl, { query, filters, sort }) : []),
    [ready, query, filters, sort],
  );
  const facets = useMemo(() => {
    const companies = new Set<string>();
    const langs = new Set<string>();
    for (const a of ready?.byUrl.values() ?? []) {
      for (const id of a.detections.companies) companies.add(id);
      if (a.lang) langs.add(primaryLang(a.lang));
    }
    return { companies: [...companies], langs: [...langs].sort() };
  }, [ready]);

  const remove = async (article: ArticleMeta) => {
    const res = await client.call('article/delete', { canonicalUrl: article.canonicalUrl });
    if (!res.ok) return setError(res.error);
    setError(null);
    store.remove(article.canonicalUrl);
    const title = article.title.length > 80 ? `${article.title.slice(0, 80)}…` : article.title;
    setUndo({
      message: t('uiDeleted', isolate(title)),
      undo: async () => {
        const restored = await client.call('article/restore', { canonicalUrl: article.canonicalUrl });
        if (!restored.ok) return setError(restored.error);
        store.add(restored.value.article);
        setUndo(null);
      },
    });
    // The deleted row (and its focused button) is gone: the undo button is where the keyboard goes next.
    setTimeout(() => undoBar.current?.querySelector<HTMLElement>('[data-testid="undo"]')?.focus());
  };

  if (store.state.status === 'error') {
    return <ErrorNote error={store.state.error} onRetry={() => setRound((r) => r + 1)} />;
  }
  if (store.state.status === 'loading') {
    const { loaded, total } = store.state;
    return (
      <div role="status" class="muted" data-testid="loading">
        <p>{t('uiLoadingArticles', num(loaded), num(total))}</p>
        <progress max={total || 1} value={loaded} aria-label={t('uiLoadingArticlesLabel')} />
      </div>
    );
  }
  if (store.state.byUrl.size === 0 && !undo) {
    return (
      <p class="empty" data-testid="empty-store">
        {t('uiNoArticles')}
      </p>
    );
  }
  return (
    <section class="articles" aria-labelledby="articles-heading">
      <h2 id="articles-heading" class="visually-hidden">
        {t('uiSavedArticles')}
      </h2>
      <FilterBar
        query={query}
        filters={filters}
        sort={sort}
        companyIds={facets.companies}
        langs={facets.langs}
        onQuery={setQuery}
        onFilters={setFilters}
        onSort={setSort}
      />
      <div class="list-head">
        <p role="status" data-testid="result-count">
          {t('uiResults', num(results.length), num(store.state.byUrl.size))}
        </p>
        <button
          type="button"
          data-testid="export-articles"
          disabled={results.length === 0}
          onClick={() =>
            downloadText(`privacy-radar-articles.csv`, 'text/csv;charset=utf-8', articlesCsv(results))
          }
        >
          {t('uiExportThese')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('cardError', error)}
        </p>
      )}
      {results.length === 0 ? (
        <p class="empty" data-testid="no-results">
          {t('uiNoResults')}
        </p>
      ) : (
        <VirtualList
          items={results}
          rowHeight={ROW_HEIGHT}
          keyOf={(a) => a.canonicalUrl}
          label={t('uiSavedArticles')}
          renderRow={(a) => <ArticleRow article={a} onDelete={(x) => void remove(x)} />}
        />
      )}
      <div ref={undoBar}>
        <UndoBar state={undo} onClose={() => setUndo(null)} />
      </div>
    </section>
  );
}
