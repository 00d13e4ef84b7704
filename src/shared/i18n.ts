/**
 * UI strings from `_locales`, in a chosen language. `browser.i18n.getMessage` only speaks the browser's UI
 * language, and the popup can be switched, so the two locale files are bundled (the same files the browser
 * reads for the manifest) and resolved here. The content script carries only the card's strings
 * (src/content/card/strings.ts).
 */
import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { translateIn, type Locales, type UiLang } from './translate';

export { directionOf, uiLangOf, type UiLang } from './translate';

const LOCALES = { en, ar } as Locales;

/** The message `key` in `lang` (English when the Arabic file lacks it), with `$1`… substituted. */
export function translate(lang: UiLang, key: string, ...substitutions: (string | number)[]): string {
  return translateIn(LOCALES, lang, key, ...substitutions);
}
