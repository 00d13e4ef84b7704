import type { JSX } from 'preact';
import { ACTIONS, DATA_TYPES, type Action, type DataType } from '../../../core/types';
import { useDirectory } from '../../context';
import { useI18n } from '../../i18n';
import { NO_FILTERS, type ArticleFilters, type SortKey } from './filters';

interface Props {
  query: string;
  filters: ArticleFilters;
  sort: SortKey;
  /** Company ids found in the saved articles, and languages (primary subtags). */
  companyIds: readonly string[];
  langs: readonly string[];
  onQuery(query: string): void;
  onFilters(filters: ArticleFilters): void;
  onSort(sort: SortKey): void;
}

const SORTS: readonly SortKey[] = ['relevance', 'saved', 'published'];

/** Narrows a select's string to one of its options (the DOM gives strings; the filters are typed). */
function pick<T extends string>(options: readonly T[], value: string): T | '' {
  return options.find((o) => o === value) ?? '';
}

function languageName(uiLang: string, tag: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Search words, the filters and the sort of the saved-articles list. */
export function FilterBar(props: Props) {
  const { lang, t } = useI18n();
  const { directory } = useDirectory();
  const { filters } = props;
  const set = (change: Partial<ArticleFilters>) => props.onFilters({ ...filters, ...change });
  const value = (e: JSX.TargetedEvent<HTMLSelectElement | HTMLInputElement>) => e.currentTarget.value;
  const companies = props.companyIds
    .map((id) => ({ id, name: directory.name(id, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()} data-testid="filters">
      <label class="field wide">
        <span>{t('uiSearch')}</span>
        <input
          type="search"
          value={props.query}
          onInput={(e) => props.onQuery(value(e))}
          data-testid="search"
          autocomplete="off"
        />
      </label>
      <label class="field">
        <span>{t('uiCompany')}</span>
        <select
          value={filters.companyId}
          onChange={(e) => set({ companyId: value(e) })}
          data-testid="filter-company"
        >
          <option value="">{t('uiAny')}</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('uiDataType')}</span>
        <select
          value={filters.dataType}
          onChange={(e) => set({ dataType: pick<DataType>(DATA_TYPES, value(e)) })}
          data-testid="filter-data-type"
        >
          <option value="">{t('uiAny')}</option>
          {DATA_TYPES.map((d) => (
            <option key={d} value={d}>
              {t(`dt_${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('uiAction')}</span>
        <select
          value={filters.action}
          onChange={(e) => set({ action: pick<Action>(ACTIONS, value(e)) })}
          data-testid="filter-action"
        >
          <option value="">{t('uiAny')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`act_${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('uiLanguage')}</span>
        <select value={filters.lang} onChange={(e) => set({ lang: value(e) })} data-testid="filter-lang">
          <option value="">{t('uiAny')}</option>
          {props.langs.map((l) => (
            <option key={l} value={l}>
              {languageName(lang, l)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('uiFrom')}</span>
        <input
          type="date"
          value={filters.from}
          onInput={(e) => set({ from: value(e) })}
          data-testid="filter-from"
        />
      </label>
      <label class="field">
        <span>{t('uiTo')}</span>
        <input
          type="date"
          value={filters.to}
          onInput={(e) => set({ to: value(e) })}
          data-testid="filter-to"
        />
      </label>
      <label class="field">
        <span>{t('uiSort')}</span>
        <select
          value={props.sort}
          onChange={(e) => props.onSort(pick<SortKey>(SORTS, value(e)) || 'relevance')}
          data-testid="sort"
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="link"
        onClick={() => props.onFilters(NO_FILTERS)}
        data-testid="filters-reset"
      >
        {t('uiClearFilters')}
      </button>
    </form>
  );
}
