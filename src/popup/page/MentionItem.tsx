import { useState } from 'preact/hooks';
import type { TabMention } from '../../shared/messages';
import { useClient } from '../context';
import { dataTypesText, describeMention, listOf } from '../describe';
import { isolate, useI18n } from '../i18n';

type Opening = 'idle' | 'busy' | 'gone' | { error: string };

/** One mention: what its sentence says, the sentence itself, and "show me" (scrolls the page, opens the card). */
export function MentionItem({ mention, name, tabId }: { mention: TabMention; name: string; tabId: number }) {
  const client = useClient();
  const { lang, t } = useI18n();
  const [opening, setOpening] = useState<Opening>('idle');
  const show = async () => {
    setOpening('busy');
    const res = await client.call('tab/open-mention', {
      tabId,
      mentionId: mention.id,
      frameId: mention.frameId,
    });
    setOpening(!res.ok ? { error: res.error } : res.value.opened ? 'idle' : 'gone');
  };
  const isData = mention.kind === 'data';
  return (
    <li
      class={`mention ${mention.kind}`}
      data-testid="mention"
      data-mention-id={mention.id}
      data-kind={mention.kind}
    >
      <p class="what" data-testid="mention-what">
        {describeMention(lang, mention, isolate(name))}
      </p>
      {isData && (
        <dl class="facts">
          {mention.action && (
            <>
              <dt>{t('uiAction')}</dt>
              <dd data-testid="mention-action">{t(`act_${mention.action}`)}</dd>
            </>
          )}
          <dt>{t('uiDataTypes')}</dt>
          <dd data-testid="mention-data">{dataTypesText(lang, mention.dataTypes)}</dd>
          {mention.counterparties.length > 0 && (
            <>
              <dt>{t('uiCounterparties')}</dt>
              <dd>
                <bdi>{listOf(lang, mention.counterparties)}</bdi>
              </dd>
            </>
          )}
        </dl>
      )}
      <blockquote class="sentence clamp" dir="auto" lang={mention.lang}>
        {mention.sentence}
      </blockquote>
      <button
        type="button"
        data-testid="show-mention"
        disabled={opening === 'busy'}
        onClick={() => void show()}
        aria-label={t('uiShowMentionOf', isolate(name))}
      >
        {t('uiShowMention')}
      </button>
      {opening === 'gone' && (
        <p class="muted" role="status">
          {t('uiMentionGone')}
        </p>
      )}
      {typeof opening === 'object' && (
        <p class="error" role="status">
          {t('cardError', opening.error)}
        </p>
      )}
    </li>
  );
}
