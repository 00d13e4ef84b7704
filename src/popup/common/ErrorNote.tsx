import { useI18n } from '../i18n';

/** A failed load, said plainly, with a way to try again (the background may have been restarting). */
export function ErrorNote({ error, onRetry }: { error: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" class="error" data-testid="error">
      <p>{t('uiLoadError', error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} data-testid="retry">
          {t('uiRetry')}
        </button>
      )}
    </div>
  );
}

/** A busy placeholder that screen readers announce. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p class="muted" role="status" aria-busy="true" data-testid="loading">
      {t('cardLoading')}
    </p>
  );
}
