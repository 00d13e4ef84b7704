/** Plain words for what a mention or a report says a company does, in the UI language. */
import type { Action, DataType } from '../core/types';
import { translate, type UiLang } from '../shared/i18n';
import type { PageMention } from '../shared/schemas';

/** "a, b and c" in `lang`. */
export function listOf(lang: UiLang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return translate(lang, 'and_list', items.slice(0, -1).join(lang === 'ar' ? '، ' : ', '), items.at(-1)!);
}

/** "financial data and location data", or "personal data" when no type is known. */
export function dataTypesText(lang: UiLang, types: readonly DataType[]): string {
  return types.length
    ? listOf(
        lang,
        types.map((t) => translate(lang, `dt_${t}`)),
      )
    : translate(lang, 'dt_none');
}

const WITH_PARTY: readonly Action[] = ['requested', 'obtained', 'shared', 'sold'];

/** One sentence: "Facebook asks banks for financial data". */
export function describeMention(lang: UiLang, mention: PageMention, companyName: string): string {
  if (mention.kind === 'plain' && mention.action !== 'denied')
    return translate(lang, 'describe_plain', companyName);
  const action = mention.action ?? 'obtained';
  const parties = mention.counterparties.slice(0, 3);
  const withParty = parties.length > 0 && WITH_PARTY.includes(action);
  const key = withParty ? `describe_${action}_from` : `describe_${action}`;
  return translate(lang, key, companyName, dataTypesText(lang, mention.dataTypes), listOf(lang, parties));
}
