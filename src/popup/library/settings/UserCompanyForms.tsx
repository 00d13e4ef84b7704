import { useState } from 'preact/hooks';
import type { Response } from '../../../shared/messages';
import { useClient, useDirectory } from '../../context';
import { useI18n } from '../../i18n';

/** "a, b، c" → ["a", "b", "c"]: both the Latin and the Arabic comma separate spellings. */
const splitList = (text: string) =>
  text
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Adds a company the bundle does not know, with its spellings in both languages. */
export function AddCompanyForm({ onDone }: { onDone: (res: Response<unknown>) => boolean }) {
  const client = useClient();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [en, setEn] = useState('');
  const [ar, setAr] = useState('');
  const [domain, setDomain] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const res = await client.call('company/add', {
      name: name.trim(),
      aliases: { en: splitList(en), ar: splitList(ar) },
      domain: domain.trim() ? domain.trim().toLowerCase() : null,
    });
    if (onDone(res)) [setName, setEn, setAr, setDomain].forEach((set) => set(''));
  };
  return (
    <form class="stack-form" onSubmit={(e) => void submit(e)} data-testid="add-company">
      <h3>{t('uiAddCompany')}</h3>
      <label class="field">
        <span>{t('uiCompanyName')}</span>
        <input
          value={name}
          required
          minLength={2}
          maxLength={100}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('uiAliasesEn')}</span>
        <input value={en} dir="ltr" lang="en" onInput={(e) => setEn(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('uiAliasesAr')}</span>
        <input value={ar} dir="rtl" lang="ar" onInput={(e) => setAr(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('uiDomain')}</span>
        <input value={domain} dir="ltr" onInput={(e) => setDomain(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={name.trim().length < 2}>
        {t('uiAdd')}
      </button>
    </form>
  );
}

/** Adds a spelling to any company, bundled or the user's. */
export function AddAliasForm({ onDone }: { onDone: (res: Response<unknown>) => boolean }) {
  const client = useClient();
  const { lang, t } = useI18n();
  const { directory } = useDirectory();
  const [company, setCompany] = useState('');
  const [aliasLang, setAliasLang] = useState<'en' | 'ar'>(lang);
  const [alias, setAlias] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const companyId = directory.find(company);
    if (!companyId) return void onDone({ ok: false, error: t('uiNoSuchCompany') });
    if (onDone(await client.call('alias/add', { companyId, lang: aliasLang, alias: alias.trim() })))
      setAlias('');
  };
  return (
    <form class="stack-form" onSubmit={(e) => void submit(e)} data-testid="add-alias">
      <h3>{t('uiAddAlias')}</h3>
      <label class="field">
        <span>{t('uiCompany')}</span>
        <input
          list="company-names-alias"
          value={company}
          onInput={(e) => setCompany(e.currentTarget.value)}
        />
      </label>
      <datalist id="company-names-alias">
        {directory.all.map((c) => (
          <option key={c.id} value={directory.name(c.id, lang)} />
        ))}
      </datalist>
      <label class="field">
        <span>{t('uiAliasLanguage')}</span>
        <select
          value={aliasLang}
          onChange={(e) => setAliasLang(e.currentTarget.value === 'ar' ? 'ar' : 'en')}
        >
          <option value="en">English</option>
          <option value="ar">العربية</option>
        </select>
      </label>
      <label class="field">
        <span>{t('uiAlias')}</span>
        <input value={alias} dir="auto" onInput={(e) => setAlias(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={alias.trim().length < 2 || !company.trim()}>
        {t('uiAdd')}
      </button>
    </form>
  );
}
