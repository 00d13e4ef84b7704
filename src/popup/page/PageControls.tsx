import { useState } from 'preact/hooks';
import type { HighlightMode, Mute, Settings } from '../../shared/messages';
import type { Response } from '../../shared/messages';
import { useClient } from '../context';
import { isolate, useI18n } from '../i18n';
import { siteMuteFor } from './site-mute';

interface Props {
  host: string;
  settings: Settings;
  mutes: readonly Mute[];
  /** Something changed: load the settings, mutes and page summary again. */
  onChanged: () => void;
}

const MODES: readonly HighlightMode[] = ['data', 'all', 'off'];

/** The per-site switch, the global pause and the highlight mode, as they apply to this page. */
export function PageControls({ host, settings, mutes, onChanged }: Props) {
  const client = useClient();
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const siteMute = siteMuteFor(host, mutes);
  const run = async (change: Promise<Response<unknown>>) => {
    const res = await change;
    setError(res.ok ? null : res.error);
    onChanged();
  };
  const toggleSite = (on: boolean) =>
    run(
      on && siteMute
        ? client.call('mute/remove', { kind: 'site', value: siteMute.value })
        : client.call('mute/add', { kind: 'site', value: host }),
    );
  return (
    <div class="controls" data-testid="page-controls">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="site-switch"
          checked={!siteMute}
          onChange={(e) => void toggleSite(e.currentTarget.checked)}
        />
        {t('uiSiteSwitch', isolate(host))}
      </label>
      {siteMute && siteMute.value !== host && (
        <p class="muted">{t('uiSiteMutedBy', isolate(siteMute.value))}</p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          data-testid="pause"
          checked={settings.paused}
          onChange={(e) => void run(client.call('settings/set', { paused: e.currentTarget.checked }))}
        />
        {t('uiPause')}
      </label>
      <label class="field">
        <span>{t('uiMode')}</span>
        <select
          data-testid="mode"
          value={settings.mode}
          onChange={(e) => {
            const mode = MODES.find((m) => m === e.currentTarget.value);
            if (mode) void run(client.call('settings/set', { mode }));
          }}
        >
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`mode_${mode}`)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p class="error" role="alert">
          {t('cardError', error)}
        </p>
      )}
    </div>
  );
}
