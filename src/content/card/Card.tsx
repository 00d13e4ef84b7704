/** The hover card: who, what they want in plain words, why it is highlighted, related reporting, actions. */
import type { RelatedItem } from '../../shared/messages';
import { directionOf, translate, type UiLang } from './strings';

export interface CardModel {
  lang: UiLang;
  companyName: string;
  parentName: string | undefined;
  /** "Facebook asks banks for financial data". */
  what: string;
  isData: boolean;
  sentence: string;
  evidence: string[];
  related: RelatedItem[] | 'loading' | { error: string };
  saved: boolean;
  status: string | undefined;
  position: { left: number; top: number };
}

export interface CardActions {
  onSave(): void;
  onMute(): void;
  onNotData(): void;
  onClose(): void;
}

function RelatedList({ lang, related }: { lang: UiLang; related: CardModel['related'] }) {
  const t = (key: string, ...s: string[]) => translate(lang, key, ...s);
  if (related === 'loading') return <p class="muted">{t('cardLoading')}</p>;
  if ('error' in related) return <p class="muted">{t('cardError', related.error)}</p>;
  if (related.length === 0) return <p class="muted">{t('cardNoRelated')}</p>;
  return (
    <div data-testid="related">
      {related.slice(0, 4).map((item) => (
        <div class="item" key={`${item.kind}:${item.id}`} data-related-id={item.id} data-kind={item.kind}>
          <div class="item-title" dir="auto">
            {item.kind === 'report' ? item.title[lang] : item.title}
          </div>
          <div class="muted">
            <bdi>{item.date}</bdi> · <bdi>{item.kind === 'report' ? item.outlet : t('cardSavedArticle')}</bdi>
          </div>
          <div dir="auto">
            {item.kind === 'report' ? item.summary[lang] : item.summary.slice(0, 2).join(' ')}
          </div>
          <a href={item.sourceUrl} target="_blank" rel="noopener noreferrer">
            {t('cardSource')}
          </a>
        </div>
      ))}
    </div>
  );
}

export function Card({ model, actions }: { model: CardModel; actions: CardActions }) {
  const { lang } = model;
  const t = (key: string, ...s: string[]) => translate(lang, key, ...s);
  return (
    <div
      class="card"
      role="dialog"
      aria-label={t('cardLabel', model.companyName)}
      dir={directionOf(lang)}
      lang={lang}
      style={{ left: `${model.position.left}px`, top: `${model.position.top}px` }}
      data-testid="card"
    >
      <div class="head">
        <span class="company">
          <bdi>{model.companyName}</bdi>
          {model.parentName && <span class="muted"> · {t('cardParent', model.parentName)}</span>}
        </span>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={actions.onClose}>
          ×
        </button>
      </div>
      <p class={model.isData ? 'what data' : 'what'} data-testid="what">
        {model.what}
      </p>
      <details>
        <summary>{t('cardWhy')}</summary>
        <p class="muted" dir="auto">
          “{model.sentence.length > 300 ? `${model.sentence.slice(0, 300)}…` : model.sentence}”
        </p>
        <ul data-testid="evidence">
          {model.evidence.map((e) => (
            <li key={e} dir="auto">
              {e}
            </li>
          ))}
        </ul>
      </details>
      <div class="actions">
        <button type="button" onClick={actions.onSave} disabled={model.saved}>
          {model.saved ? t('cardSaved') : t('cardSave')}
        </button>
        <button type="button" onClick={actions.onMute}>
          {t('cardMute', model.companyName)}
        </button>
        {model.isData && (
          <button type="button" onClick={actions.onNotData} data-testid="not-data">
            {t('cardNotData')}
          </button>
        )}
      </div>
      <div class="related">
        <strong>{t('cardRelated')}</strong>
        <RelatedList lang={lang} related={model.related} />
      </div>
      {model.status && (
        <p class="muted" role="status">
          {model.status}
        </p>
      )}
    </div>
  );
}
