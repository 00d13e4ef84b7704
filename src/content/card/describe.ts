/** Plain-words description of what a mention's sentence says a company does ("asks banks for financial data"). */
import type { Mention } from '../../core';
import { translate, type UiLang } from './strings';

function list(lang: UiLang, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return translate(lang, 'and_list', items.slice(0, -1).join(lang === 'ar' ? '، ' : ', '), items.at(-1)!);
}

/** One sentence, in `lang`, for the card and the screen-reader announcement. */
export function describeMention(lang: UiLang, mention: Mention, companyName: string): string {
  if (mention.kind === 'plain' && mention.action !== 'denied') {
    return translate(lang, 'describe_plain', companyName);
  }
  const data = mention.dataTypes.length
    ? list(
        lang,
        mention.dataTypes.map((t) => translate(lang, `dt_${t}`)),
      )
    : translate(lang, 'dt_none');
  const action = mention.action ?? 'obtained';
  const parties = mention.counterparties.slice(0, 3);
  const withParty = parties.length > 0 && ['requested', 'obtained', 'shared', 'sold'].includes(action);
  const key = withParty ? `describe_${action}_from` : `describe_${action}`;
  return translate(lang, key, companyName, data, list(lang, parties));
}
