import { useState } from 'preact/hooks';
import { useDirectory } from '../../context';
import { useI18n } from '../../i18n';
import { companyRoute } from '../../links';

/** Go to a company by typing its name in either language (with suggestions from the lexicon). */
export function CompanyPicker() {
  const { lang, t } = useI18n();
  const { directory } = useDirectory();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const go = (e: Event) => {
    e.preventDefault();
    const id = directory.find(text);
    setMissing(!id);
    if (id) {
      location.hash = companyRoute(id);
      setText('');
    }
  };
  return (
    <form class="picker" onSubmit={go} data-testid="company-picker">
      <label class="field">
        <span>{t('uiFindCompany')}</span>
        <input
          list="company-names"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="company-input"
          autocomplete="off"
        />
      </label>
      <datalist id="company-names">
        {directory.all.map((c) => (
          <option key={c.id} value={directory.name(c.id, lang)} />
        ))}
      </datalist>
      <button type="submit">{t('uiGo')}</button>
      {missing && (
        <p class="error" role="alert">
          {t('uiNoSuchCompany')}
        </p>
      )}
    </form>
  );
}
