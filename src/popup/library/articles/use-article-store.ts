/** The library's copy of the saved articles and their search index, kept in step with deletes and restores. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticleMeta } from '../../../shared/messages';
import type { Client } from '../../client';
import type { CompanyDirectory } from '../../companies';
import { loadAllArticles } from './load-articles';
import { buildArticleIndex, type ArticleIndex } from './search-index';

export type StoreState =
  | { status: 'loading'; loaded: number; total: number }
  | { status: 'error'; error: string }
  | { status: 'ready'; byUrl: ReadonlyMap<string, ArticleMeta>; index: ArticleIndex };

/** Names a company goes by in both languages, so that either finds its articles. */
export function namesOf(directory: CompanyDirectory) {
  return (id: string): string[] => {
    const c = directory.get(id);
    return c ? [c.name, ...c.aliases.ar.slice(0, 1)] : [];
  };
}

/** Loads every article (with progress), builds the index, and offers add/remove that update both. */
export function useArticleStore(client: Client, directory: CompanyDirectory, round: number) {
  const [state, setState] = useState<StoreState>({ status: 'loading', loaded: 0, total: 0 });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading', loaded: 0, total: 0 });
    void (async () => {
      const res = await loadAllArticles(client, (loaded, total) => {
        if (current) setState({ status: 'loading', loaded, total });
      });
      if (!current) return;
      if (!res.ok) return setState({ status: 'error', error: res.error });
      const index = await buildArticleIndex(res.value, namesOf(directory));
      if (current)
        setState({ status: 'ready', byUrl: new Map(res.value.map((a) => [a.canonicalUrl, a])), index });
    })();
    return () => {
      current = false;
    };
    // Not on a change of the directory: it only adds names to search by, not worth reloading 5,000 articles.
  }, [client, round]);

  return useMemo(() => {
    const update = (change: (byUrl: Map<string, ArticleMeta>, index: ArticleIndex) => void) =>
      setState((s) => {
        if (s.status !== 'ready') return s;
        const byUrl = new Map(s.byUrl);
        change(byUrl, s.index);
        return { ...s, byUrl };
      });
    return {
      state,
      add: (a: ArticleMeta) =>
        update((byUrl, index) => {
          byUrl.set(a.canonicalUrl, a);
          index.add(a);
        }),
      remove: (canonicalUrl: string) =>
        update((byUrl, index) => {
          byUrl.delete(canonicalUrl);
          index.remove(canonicalUrl);
        }),
    };
  }, [state]);
}
