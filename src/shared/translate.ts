/** Resolving a message of a `_locales` file (Chrome's format, with named placeholders) in a chosen language. */

export type UiLang = 'en' | 'ar';

export interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleFile = Record<string, LocaleEntry>;
export type Locales = Record<UiLang, LocaleFile>;

/** The message `key` in `lang` (English when the Arabic file lacks it), with `$1`… substituted. */
export function translateIn(
  locales: Locales,
  lang: UiLang,
  key: string,
  ...substitutions: (string | number)[]
): string {
  const entry = locales[lang][key] ?? locales.en[key];
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
