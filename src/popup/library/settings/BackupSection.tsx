import { useState } from 'preact/hooks';
import type { ImportReport } from '../../../shared/messages';
import { MAX_BACKUP_BYTES } from '../../../shared/schemas';
import { useClient, useDirectory } from '../../context';
import { formatBytes } from '../../format';
import { useI18n } from '../../i18n';
import { downloadText } from '../download';
import { ImportReportView } from './ImportReportView';
import { readTextWithProgress } from './read-file';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; fraction: number }
  | { step: 'checking' }
  | { step: 'preview'; text: string; report: ImportReport }
  | { step: 'writing' }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; error: string };

/**
 * Export everything the user owns, and import a backup: read (with progress), check without writing (the
 * background validates the whole file first), show what would change, then write in one transaction.
 */
export function BackupSection({ onImported }: { onImported: () => void }) {
  const client = useClient();
  const { lang, t } = useI18n();
  const { refresh } = useDirectory();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [exportError, setExportError] = useState<string | null>(null);

  const exportAll = async () => {
    const res = await client.call('backup/export', {});
    if (!res.ok) return setExportError(res.error);
    setExportError(null);
    downloadText(res.value.jsonName, 'application/json', res.value.json);
    downloadText(res.value.csvName, 'text/csv;charset=utf-8', res.value.csv);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      return setState({ step: 'failed', error: t('uiImportTooLarge', formatBytes(lang, MAX_BACKUP_BYTES)) });
    }
    setState({ step: 'reading', fraction: 0 });
    let text: string;
    try {
      text = await readTextWithProgress(file, (fraction) => setState({ step: 'reading', fraction }));
    } catch {
      return setState({ step: 'failed', error: t('uiImportNotText') });
    }
    setState({ step: 'checking' });
    const res = await client.call('backup/import', { text, dryRun: true });
    setState(res.ok ? { step: 'preview', text, report: res.value } : { step: 'failed', error: res.error });
  };

  const write = async (text: string) => {
    setState({ step: 'writing' });
    const res = await client.call('backup/import', { text, dryRun: false });
    if (!res.ok) return setState({ step: 'failed', error: res.error });
    setState({ step: 'done', report: res.value });
    refresh();
    onImported();
  };

  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'writing';
  return (
    <section aria-labelledby="backup-heading" data-testid="settings-backup">
      <h2 id="backup-heading">{t('uiBackup')}</h2>
      <p>
        <button type="button" onClick={() => void exportAll()} data-testid="export-backup">
          {t('uiExportAll')}
        </button>
      </p>
      {exportError && (
        <p class="error" role="alert">
          {t('cardError', exportError)}
        </p>
      )}
      <label class="field">
        <span>{t('uiImportFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="import-file"
          onChange={(e) => {
            void choose(e.currentTarget.files?.[0]);
            // Choosing the same file again (after fixing it) must fire another change.
            e.currentTarget.value = '';
          }}
        />
      </label>
      <div role="status" aria-live="polite" data-testid="import-status" data-step={state.step}>
        {state.step === 'reading' && (
          <>
            <p>{t('uiImportReading')}</p>
            <progress
              max={1}
              value={state.fraction}
              aria-label={t('uiImportReading')}
              data-testid="import-progress"
            />
          </>
        )}
        {(state.step === 'checking' || state.step === 'writing') && (
          <>
            <p>{t(state.step === 'checking' ? 'uiImportChecking' : 'uiImportWriting')}</p>
            <progress aria-label={t('uiImportChecking')} data-testid="import-progress" />
          </>
        )}
        {state.step === 'preview' && <ImportReportView report={state.report} />}
        {state.step === 'done' && <ImportReportView report={state.report} />}
      </div>
      {state.step === 'preview' && (
        <p>
          <button
            type="button"
            class="primary"
            onClick={() => void write(state.text)}
            data-testid="import-confirm"
          >
            {t('uiImportConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t('uiCancel')}
          </button>
        </p>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert" data-testid="import-error">
          {t('uiImportFailed', state.error)}
        </p>
      )}
    </section>
  );
}
