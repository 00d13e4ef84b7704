/** The popup's view of a tab: its remembered mentions, grouped by company, each with its related reporting. */
import type { Action, DataType } from '../../core/types';
import type { CompanySummary, PageSummary, TabState } from '../../shared/messages';
import type { PageMention } from '../../shared/schemas';
import type { KbDb } from '../db/schema';
import { pageConfig } from './page-config';
import { relatedFor, type MentionQuery } from './related-reporting';

/** Companies listed in the popup at most (a page naming more is rare, and the popup is small). */
export const MAX_SUMMARY_COMPANIES = 20;
const ITEMS_PER_COMPANY = 5;

interface Group {
  companyId: string;
  mentions: number;
  dataMentions: number;
  dataTypes: Set<DataType>;
  actions: Map<Action, number>;
}

function groupByCompany(mentions: readonly PageMention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    let group = groups.get(m.companyId);
    if (!group) {
      group = {
        companyId: m.companyId,
        mentions: 0,
        dataMentions: 0,
        dataTypes: new Set(),
        actions: new Map(),
      };
      groups.set(m.companyId, group);
    }
    group.mentions++;
    if (m.kind !== 'data') continue;
    group.dataMentions++;
    for (const type of m.dataTypes) group.dataTypes.add(type);
    if (m.action) group.actions.set(m.action, (group.actions.get(m.action) ?? 0) + 1);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.dataMentions - a.dataMentions ||
      b.mentions - a.mentions ||
      (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0),
  );
}

// Ties between equally frequent actions go to the more specific claim: a request names what is wanted and from
// whom; "obtained" is what most collection verbs come down to.
const ACTION_PRIORITY: readonly Action[] = [
  'requested',
  'sold',
  'shared',
  'obtained',
  'leaked',
  'fined',
  'denied',
];

/** The most frequent action among a company's data mentions; a tie goes to the more specific claim. */
function mainAction(actions: ReadonlyMap<Action, number>): Action | undefined {
  let best: Action | undefined;
  for (const [action, count] of actions) {
    const bestCount = best === undefined ? 0 : (actions.get(best) ?? 0);
    const earlier = best !== undefined && ACTION_PRIORITY.indexOf(action) < ACTION_PRIORITY.indexOf(best);
    if (count > bestCount || (count === bestCount && earlier)) best = action;
  }
  return best;
}

/** The data types to match reporting on: 'other' ("data" in general) only when nothing more specific is known. */
function queryTypes(types: ReadonlySet<DataType>): DataType[] {
  const specific = [...types].filter((t) => t !== 'other');
  return (specific.length > 0 ? specific : [...types]).sort();
}

/** Summarises a tab for the popup. */
export async function pageSummary(db: KbDb, tabId: number, state: TabState | null): Promise<PageSummary> {
  if (!state || !/^https?:/.test(state.url)) return { tabId, state, config: null, companies: [] };
  const config = await pageConfig(db, state.url);
  const groups = groupByCompany(state.mentions).slice(0, MAX_SUMMARY_COMPANIES);
  const queries: MentionQuery[] = groups.map((g) => ({
    companyId: g.companyId,
    action: mainAction(g.actions),
    dataTypes: queryTypes(g.dataTypes),
  }));
  const related = await relatedFor(db, queries, state.url, ITEMS_PER_COMPANY);
  const muted = new Set(config.mutedCompanies);
  const companies: CompanySummary[] = groups.map((g, i) => ({
    companyId: g.companyId,
    mentions: g.mentions,
    dataMentions: g.dataMentions,
    dataTypes: queries[i]!.dataTypes,
    muted: muted.has(g.companyId),
    related: related[i]?.items ?? [],
  }));
  return { tabId, state, config, companies };
}
