import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { CompanyRecord } from '../core';
import { directionOf } from '../shared/i18n';
import type { Client } from './client';
import { createDirectory } from './companies';
import { Providers } from './Providers';
import {
  loadUiLangChoice,
  resolveUiLang,
  saveUiLangChoice,
  watchUiLangChoice,
  type UiLangChoice,
} from './ui-lang';

/**
 * The root of the popup and the library pages: resolves the UI language (the stored choice, else the
 * browser's), keeps `<html lang dir>` in step with it, and loads the user's companies for the name directory.
 */
export function Root({ client, children }: { client: Client; children: ComponentChildren }) {
  const [choice, setChoiceState] = useState<UiLangChoice | null>(null);
  const [userCompanies, setUserCompanies] = useState<CompanyRecord[]>([]);
  const [round, setRound] = useState(0);

  useEffect(() => {
    void loadUiLangChoice().then(setChoiceState);
    return watchUiLangChoice(setChoiceState);
  }, []);

  useEffect(() => {
    void client.call('companies/user', {}).then((res) => {
      // Without the user's companies the bundled names still work: a failure here is not worth an error.
      if (res.ok) setUserCompanies(res.value.companies);
    });
  }, [client, round]);

  const lang = resolveUiLang(choice ?? 'auto');
  useEffect(() => {
    // The whole document, scroll bars included, flips in Arabic.
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
  }, [lang]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const directory = useMemo(
    () => ({ directory: createDirectory(userCompanies), refresh }),
    [userCompanies, refresh],
  );
  const setChoice = useCallback((next: UiLangChoice) => {
    setChoiceState(next);
    void saveUiLangChoice(next);
  }, []);
  const langChoice = useMemo(() => ({ choice: choice ?? 'auto', setChoice }), [choice, setChoice]);

  // Rendering before the stored choice is known would flash the other language.
  if (choice === null) return null;
  return (
    <Providers client={client} lang={lang} directory={directory} langChoice={langChoice}>
      {children}
    </Providers>
  );
}
