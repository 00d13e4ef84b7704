/**
 * The UI language of the popup and the library, as a Preact context: every component reads its strings,
 * direction and formats from here, so switching the language re-renders the whole UI at once.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { directionOf, translate, type UiLang } from '../shared/i18n';
import { formatDate, formatNumber } from './format';

/** What a component needs to speak the UI language. */
export interface I18n {
  lang: UiLang;
  dir: 'rtl' | 'ltr';
  /** A string from `_locales` (every user-visible string goes through here). */
  t(key: string, ...substitutions: (string | number)[]): string;
  date(date: string | number): string;
  num(n: number): string;
}

/** The I18n value for a language. */
export function i18nFor(lang: UiLang): I18n {
  return {
    lang,
    dir: directionOf(lang),
    t: (key, ...subs) => translate(lang, key, ...subs),
    date: (date) => formatDate(lang, date),
    num: (n) => formatNumber(lang, n),
  };
}

/**
 * Wraps a name or URL that goes inside a translated sentence in first-strong isolate marks: the text
 * equivalent of `<bdi>`, so "Facebook" or a URL cannot reorder the Arabic words around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export const I18nContext = createContext<I18n>(i18nFor('en'));

/** The UI language's strings and formats. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
