import type { ComponentChildren } from 'preact';
import type { UiLang } from '../shared/i18n';
import type { Client } from './client';
import {
  ClientContext,
  DirectoryContext,
  LangChoiceContext,
  type DirectoryValue,
  type LangChoiceValue,
} from './context';
import { I18nContext, i18nFor } from './i18n';

interface Props {
  client: Client;
  lang: UiLang;
  directory: DirectoryValue;
  langChoice: LangChoiceValue;
  children: ComponentChildren;
}

/** Provides everything a view reads from above; the pages' roots and the tests both render through it. */
export function Providers({ client, lang, directory, langChoice, children }: Props) {
  const i18n = i18nFor(lang);
  return (
    <ClientContext.Provider value={client}>
      <I18nContext.Provider value={i18n}>
        <LangChoiceContext.Provider value={langChoice}>
          <DirectoryContext.Provider value={directory}>
            <div class="root" dir={i18n.dir} lang={lang} data-testid="root">
              {children}
            </div>
          </DirectoryContext.Provider>
        </LangChoiceContext.Provider>
      </I18nContext.Provider>
    </ClientContext.Provider>
  );
}
