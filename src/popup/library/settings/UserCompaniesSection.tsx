import { useState } from 'preact/hooks';
import type { UserAlias } from '../../../shared/messages';
import type { Response } from '../../../shared/messages';
import { ErrorNote, Loading } from '../../common/ErrorNote';
import { useClient, useDirectory } from '../../context';
import { isolate, useI18n } from '../../i18n';
import { useLoad } from '../../use-load';
import { AddAliasForm, AddCompanyForm } from './UserCompanyForms';

/** The user's own companies and the spellings they added; changes reach the lexicon of open pages at once. */
export function UserCompaniesSection() {
  const client = useClient();
  const { lang, t } = useI18n();
  const { directory, refresh } = useDirectory();
  const data = useLoad(() => client.call('companies/user', {}), 'user-companies');
  const [error, setError] = useState<string | null>(null);
  const after = (res: Response<unknown>): boolean => {
    setError(res.ok ? null : res.error);
    data.reload();
    // Names of the user's companies appear across the library: the directory must know them too.
    refresh();
    return res.ok;
  };
  const removeAlias = async (a: UserAlias) =>
    after(await client.call('alias/remove', { companyId: a.companyId, lang: a.lang, alias: a.alias }));
  return (
    <section aria-labelledby="user-companies-heading" data-testid="settings-companies">
      <h2 id="user-companies-heading">{t('uiUserCompanies')}</h2>
      {data.loaded.status === 'loading' && <Loading />}
      {data.loaded.status === 'error' && <ErrorNote error={data.loaded.error} onRetry={data.reload} />}
      {data.loaded.status === 'ready' && (
        <>
          {data.loaded.value.companies.length === 0 ? (
            <p class="muted">{t('uiNoUserCompanies')}</p>
          ) : (
            <ul class="plain-list">
              {data.loaded.value.companies.map((c) => (
                <li key={c.id} data-testid="user-company" data-company={c.id}>
                  <span>
                    <bdi>{c.name}</bdi>{' '}
                    <span class="muted">
                      <bdi>{[...c.aliases.en, ...c.aliases.ar].join(' · ')}</bdi>
                    </span>
                  </span>
                  <button
                    type="button"
                    onClick={async () => void after(await client.call('company/remove', { companyId: c.id }))}
                    aria-label={t('uiRemoveOf', isolate(c.name))}
                  >
                    {t('uiRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AddCompanyForm onDone={after} />
          <h3>{t('uiUserAliases')}</h3>
          {data.loaded.value.aliases.length === 0 ? (
            <p class="muted">{t('uiNoUserAliases')}</p>
          ) : (
            <ul class="plain-list">
              {data.loaded.value.aliases.map((a) => (
                <li key={`${a.companyId}:${a.lang}:${a.alias}`} data-testid="user-alias">
                  <span>
                    <bdi>{a.alias}</bdi> → <bdi>{directory.name(a.companyId, lang)}</bdi>
                  </span>
                  <button
                    type="button"
                    onClick={() => void removeAlias(a)}
                    aria-label={t('uiRemoveOf', isolate(a.alias))}
                  >
                    {t('uiRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <AddAliasForm onDone={after} />
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {t('cardError', error)}
        </p>
      )}
    </section>
  );
}
