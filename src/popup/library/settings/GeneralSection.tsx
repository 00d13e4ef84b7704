import { useState } from 'preact/hooks';
import type { HighlightMode, Settings } from '../../../shared/messages';
import { ErrorNote, Loading } from '../../common/ErrorNote';
import { useClient, useLangChoice } from '../../context';
import { useI18n } from '../../i18n';
import type { UiLangChoice } from '../../ui-lang';
import { useLoad } from '../../use-load';

const MODES: readonly HighlightMode[] = ['data', 'all', 'off'];
const CHOICES: readonly UiLangChoice[] = ['auto', 'en', 'ar'];

/** The UI language, the highlight mode and the global pause. */
export function GeneralSection() {
  const client = useClient();
  const { t } = useI18n();
  const { choice, setChoice } = useLangChoice();
  const settings = useLoad(() => client.call('settings/get', {}), 'settings');
  const [error, setError] = useState<string | null>(null);
  const change = async (patch: Partial<Settings>) => {
    const res = await client.call('settings/set', patch);
    if (!res.ok) return setError(res.error);
    setError(null);
    settings.set(res.value);
  };
  return (
    <section aria-labelledby="general-heading" data-testid="settings-general">
      <h2 id="general-heading">{t('uiGeneral')}</h2>
      <label class="field">
        <span>{t('uiUiLanguage')}</span>
        <select
          value={choice}
          data-testid="ui-lang"
          onChange={(e) => setChoice(CHOICES.find((c) => c === e.currentTarget.value) ?? 'auto')}
        >
          <option value="auto">{t('uiLangAuto')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="ar" lang="ar">
            العربية
          </option>
        </select>
      </label>
      {settings.loaded.status === 'loading' && <Loading />}
      {settings.loaded.status === 'error' && (
        <ErrorNote error={settings.loaded.error} onRetry={settings.reload} />
      )}
      {settings.loaded.status === 'ready' && (
        <>
          <fieldset data-testid="settings-mode">
            <legend>{t('uiMode')}</legend>
            {MODES.map((mode) => (
              <label key={mode} class="choice">
                <input
                  type="radio"
                  name="mode"
                  value={mode}
                  checked={settings.loaded.status === 'ready' && settings.loaded.value.mode === mode}
                  onChange={() => void change({ mode })}
                  data-testid={`mode-${mode}`}
                />
                {t(`mode_${mode}`)}
              </label>
            ))}
          </fieldset>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={settings.loaded.value.paused}
              onChange={(e) => void change({ paused: e.currentTarget.checked })}
              data-testid="settings-pause"
            />
            {t('uiPause')}
          </label>
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
