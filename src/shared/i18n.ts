/**
 * UI strings from `_locales`, in a chosen language. `browser.i18n.getMessage` only speaks the browser's UI
 * language; the popup can be switched, and the hover card speaks the language of the text it explains, so the
 * two locale files are bundled (the same files the browser reads for the manifest) and resolved here.
 */
import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';

export type UiLang = 'en' | 'ar';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type LocaleFile = Record<string, LocaleEntry>;

const LOCALES: Record<UiLang, LocaleFile> = { en: en as LocaleFile, ar: ar as LocaleFile };

/** The message `key` in `lang` (English when the Arabic file lacks it), with `$1`… substituted. */
export function translate(lang: UiLang, key: string, ...substitutions: (string | number)[]): string {
  const entry = LOCALES[lang][key] ?? LOCALES.en[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), () => content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** The UI language for a BCP 47 tag: Arabic for any `ar*`, else English. */
export function uiLangOf(tag: string | undefined): UiLang {
  return tag?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export const directionOf = (lang: UiLang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
