import { useI18n } from '../i18n';

export interface UndoState {
  message: string;
  undo: () => Promise<void> | void;
}

/**
 * The "done — undo" bar after a destructive action. It stays until dismissed or replaced rather than timing
 * out: a keyboard or screen-reader user needs the time to reach it.
 */
export function UndoBar({ state, onClose }: { state: UndoState | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div class="undo-bar" role="status" aria-live="polite" data-testid="undo-bar">
      {state && (
        <>
          <span>{state.message}</span>
          <button type="button" data-testid="undo" onClick={() => void state.undo()}>
            {t('uiUndo')}
          </button>
          <button type="button" class="link" onClick={onClose} aria-label={t('cardClose')}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
