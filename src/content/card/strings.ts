/**
 * The hover card's strings: the subset of public/_locales it uses, in both languages (the card speaks the
 * language of the text it explains). card-strings.json is written by `npm run content-data`, so the content
 * script does not carry the popup's and library's strings into every page.
 */
import strings from './card-strings.json';
import { translateIn, type Locales, type UiLang } from '../../shared/translate';

export { directionOf, uiLangOf, type UiLang } from '../../shared/translate';

/** The card message `key` in `lang`, with `$1`… substituted. */
export function translate(lang: UiLang, key: string, ...substitutions: (string | number)[]): string {
  return translateIn(strings as Locales, lang, key, ...substitutions);
}
