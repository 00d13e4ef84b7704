import { useState } from 'preact/hooks';
import type { Correction } from '../../../shared/messages';
import { ErrorNote, Loading } from '../../common/ErrorNote';
import { UndoBar, type UndoState } from '../../common/UndoBar';
import { useClient, useDirectory } from '../../context';
import { isolate, useI18n } from '../../i18n';
import { useLoad } from '../../use-load';

/** Sentences the user marked "not a data request" on cards; removing one is itself undoable. */
export function CorrectionsSection() {
  const client = useClient();
  const { lang, t, date } = useI18n();
  const { directory } = useDirectory();
  const list = useLoad(() => client.call('corrections/list', {}), 'corrections');
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = async (c: Correction) => {
    const res = await client.call('correction/remove', { fingerprint: c.fingerprint });
    if (!res.ok) return setError(res.error);
    setError(null);
    list.reload();
    setUndo({
      message: t('uiCorrectionRemoved', isolate(directory.name(c.companyId, lang))),
      undo: async () => {
        // The fingerprint is derived from the company and the sentence: adding them back restores it exactly.
        const again = await client.call('correction/add', { companyId: c.companyId, sentence: c.sentence });
        setError(again.ok ? null : again.error);
        setUndo(null);
        list.reload();
      },
    });
  };
  return (
    <section aria-labelledby="corrections-heading" data-testid="settings-corrections">
      <h2 id="corrections-heading">{t('uiCorrections')}</h2>
      <p class="muted">{t('uiCorrectionsHelp')}</p>
      {list.loaded.status === 'loading' && <Loading />}
      {list.loaded.status === 'error' && <ErrorNote error={list.loaded.error} onRetry={list.reload} />}
      {list.loaded.status === 'ready' &&
        (list.loaded.value.corrections.length === 0 ? (
          <p class="muted">{t('uiNoCorrections')}</p>
        ) : (
          <ul class="plain-list">
            {list.loaded.value.corrections.map((c) => (
              <li key={c.fingerprint} data-testid="correction" data-fingerprint={c.fingerprint}>
                <div>
                  <strong>
                    <bdi>{directory.name(c.companyId, lang)}</bdi>
                  </strong>{' '}
                  <span class="muted">({date(c.createdAt)})</span>
                  <blockquote class="sentence clamp" dir="auto">
                    {c.sentence}
                  </blockquote>
                </div>
                <button type="button" onClick={() => void remove(c)} data-testid="correction-remove">
                  {t('uiUndoCorrection')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {error && (
        <p class="error" role="alert">
          {t('cardError', error)}
        </p>
      )}
      <UndoBar state={undo} onClose={() => setUndo(null)} />
    </section>
  );
}
