import { useState } from 'preact/hooks';
import type { Mute } from '../../../shared/messages';
import type { MuteTarget } from '../../../shared/schemas';
import { ErrorNote, Loading } from '../../common/ErrorNote';
import { useClient, useDirectory } from '../../context';
import { isolate, useI18n } from '../../i18n';
import { useLoad } from '../../use-load';

/** A host name as typed, or a URL pasted: the host part, lower-cased. */
function hostFrom(text: string): string {
  const trimmed = text.trim().toLowerCase();
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return trimmed;
  }
}

/** The message form of a stored mute (the schema is a union by kind). */
const targetOf = (m: Mute): MuteTarget =>
  m.kind === 'company' ? { kind: 'company', value: m.value } : { kind: 'site', value: m.value };

/** Muted companies and sites (a muted site is switched off), with unmute and add. */
export function MutesSection() {
  const client = useClient();
  const { lang, t, date } = useI18n();
  const { directory } = useDirectory();
  const mutes = useLoad(() => client.call('mutes/list', {}), 'mutes');
  const [site, setSite] = useState('');
  const [company, setCompany] = useState('');
  const [error, setError] = useState<string | null>(null);
  const after = (res: { ok: true } | { ok: false; error: string }) => {
    setError(res.ok ? null : res.error);
    mutes.reload();
    return res.ok;
  };
  const unmute = async (m: Mute) => after(await client.call('mute/remove', targetOf(m)));
  const addSite = async (e: Event) => {
    e.preventDefault();
    if (after(await client.call('mute/add', { kind: 'site', value: hostFrom(site) }))) setSite('');
  };
  const addCompany = async (e: Event) => {
    e.preventDefault();
    const id = directory.find(company);
    if (!id) return setError(t('uiNoSuchCompany'));
    if (after(await client.call('mute/add', { kind: 'company', value: id }))) setCompany('');
  };
  const label = (m: Mute) => (m.kind === 'company' ? directory.name(m.value, lang) : m.value);
  return (
    <section aria-labelledby="mutes-heading" data-testid="settings-mutes">
      <h2 id="mutes-heading">{t('uiMutes')}</h2>
      {mutes.loaded.status === 'loading' && <Loading />}
      {mutes.loaded.status === 'error' && <ErrorNote error={mutes.loaded.error} onRetry={mutes.reload} />}
      {mutes.loaded.status === 'ready' &&
        (mutes.loaded.value.mutes.length === 0 ? (
          <p class="muted">{t('uiNoMutes')}</p>
        ) : (
          <ul class="plain-list">
            {mutes.loaded.value.mutes.map((m) => (
              <li key={`${m.kind}:${m.value}`} data-testid="mute" data-kind={m.kind} data-value={m.value}>
                <span>
                  {t(m.kind === 'company' ? 'uiMutedCompany' : 'uiMutedSite')}: <bdi>{label(m)}</bdi>{' '}
                  <span class="muted">({date(m.createdAt)})</span>
                </span>
                <button
                  type="button"
                  onClick={() => void unmute(m)}
                  aria-label={t('uiUnmuteOf', isolate(label(m)))}
                  data-testid="unmute"
                >
                  {t('uiUnmute')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <form class="inline-form" onSubmit={(e) => void addSite(e)}>
        <label class="field">
          <span>{t('uiMuteSite')}</span>
          <input
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
            data-testid="mute-site-input"
            dir="ltr"
          />
        </label>
        <button type="submit" disabled={!site.trim()}>
          {t('uiAdd')}
        </button>
      </form>
      <form class="inline-form" onSubmit={(e) => void addCompany(e)}>
        <label class="field">
          <span>{t('uiMuteCompany')}</span>
          <input
            list="company-names-mute"
            value={company}
            onInput={(e) => setCompany(e.currentTarget.value)}
            data-testid="mute-company-input"
          />
        </label>
        <datalist id="company-names-mute">
          {directory.all.map((c) => (
            <option key={c.id} value={directory.name(c.id, lang)} />
          ))}
        </datalist>
        <button type="submit" disabled={!company.trim()}>
          {t('uiAdd')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {t('cardError', error)}
        </p>
      )}
    </section>
  );
}
