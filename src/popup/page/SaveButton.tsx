import { useState } from 'preact/hooks';
import { useClient } from '../context';
import { useI18n } from '../i18n';
import { useLoad } from '../use-load';

type Saving = 'idle' | 'busy' | { error: string };

/** Save / saved state of the page: saving runs the extraction in the page and stores it locally. */
export function SaveButton({ tabId, url }: { tabId: number; url: string }) {
  const client = useClient();
  const { t, date } = useI18n();
  const saved = useLoad(async () => {
    const res = await client.call('article/get', { url });
    return res.ok ? { ok: true as const, value: res.value.article?.savedAt ?? null } : res;
  }, url);
  const [saving, setSaving] = useState<Saving>('idle');
  const save = async () => {
    setSaving('busy');
    const res = await client.call('tab/save', { tabId });
    if (!res.ok) return setSaving({ error: res.error });
    setSaving('idle');
    saved.set(res.value.article.savedAt);
  };
  const savedAt = saved.loaded.status === 'ready' ? saved.loaded.value : null;
  return (
    <div class="save" data-testid="save-area">
      <button
        type="button"
        class="primary"
        data-testid="save"
        disabled={saving === 'busy'}
        onClick={() => void save()}
      >
        {saving === 'busy' ? t('uiSaving') : savedAt === null ? t('cardSave') : t('uiSaveAgain')}
      </button>
      <span role="status" class="muted" data-testid="saved-state" data-saved={savedAt !== null}>
        {savedAt !== null && t('uiSavedOn', date(savedAt))}
      </span>
      {typeof saving === 'object' && (
        <p class="error" role="alert">
          {t('cardError', saving.error)}
        </p>
      )}
    </div>
  );
}
