/**
 * The user's choice of UI language. The settings contract has no field for it and it concerns only our own
 * pages, so it lives in `storage.local` under 'uiLang'; absent (or 'auto') means "follow the browser".
 */
import browser from '../shared/browser';
import { uiLangOf, type UiLang } from '../shared/i18n';

export type UiLangChoice = UiLang | 'auto';
const KEY = 'uiLang';

const isChoice = (value: unknown): value is UiLangChoice =>
  value === 'en' || value === 'ar' || value === 'auto';

/** The stored choice ('auto' when none). */
export async function loadUiLangChoice(): Promise<UiLangChoice> {
  try {
    const items = await browser.storage.local.get(KEY);
    return isChoice(items[KEY]) ? items[KEY] : 'auto';
  } catch {
    // Storage can fail while the extension reloads: the browser's language is a fine answer then.
    return 'auto';
  }
}

export async function saveUiLangChoice(choice: UiLangChoice): Promise<void> {
  await browser.storage.local.set({ [KEY]: choice });
}

/** Calls `onChange` when another of our pages changes the choice (the library and the popup stay in step). */
export function watchUiLangChoice(onChange: (choice: UiLangChoice) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const next = changes[KEY]?.newValue;
    onChange(isChoice(next) ? next : 'auto');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The language a choice resolves to. */
export function resolveUiLang(choice: UiLangChoice): UiLang {
  return choice === 'auto' ? uiLangOf(browser.i18n.getUILanguage()) : choice;
}
