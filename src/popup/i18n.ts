import browser from '../shared/browser';

/** A UI string from `_locales` (every user-visible string goes through here). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language's direction, for `dir` on the root. */
export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'rtl' : 'ltr';
}
