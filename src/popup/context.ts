/** What every view reads from above: the client, the company directory, the language choice. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Client } from './client';
import { createDirectory, type CompanyDirectory } from './companies';
import type { UiLangChoice } from './ui-lang';

export const ClientContext = createContext<Client | null>(null);

/** The client to the background (provided by the page's root; tests provide a fake). */
export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('no Client provided');
  return client;
}

export interface DirectoryValue {
  directory: CompanyDirectory;
  /** Loads the user's companies and aliases again (after the settings changed them). */
  refresh(): void;
}

export const DirectoryContext = createContext<DirectoryValue>({
  directory: createDirectory(),
  refresh: () => {},
});

/** Company names, bundled and the user's own. */
export function useDirectory(): DirectoryValue {
  return useContext(DirectoryContext);
}

export interface LangChoiceValue {
  choice: UiLangChoice;
  setChoice(choice: UiLangChoice): void;
}

export const LangChoiceContext = createContext<LangChoiceValue>({ choice: 'auto', setChoice: () => {} });

/** The stored UI language choice and its setter (the settings' language switch). */
export function useLangChoice(): LangChoiceValue {
  return useContext(LangChoiceContext);
}
