/** A company's reporting as one timeline: bundled reports and saved articles, newest first, by year. */
import type { ReportRecord } from '../../../../data/bundle';
import { DATA_TYPES, type DataType } from '../../../core/types';
import type { ArticleMeta, RelatedItem } from '../../../shared/messages';

/** A bundled report in the shape related reporting uses (the same fields the background gives the card). */
export function reportItem(r: ReportRecord): RelatedItem {
  return {
    kind: 'report',
    id: r.id,
    date: r.date,
    title: r.title,
    outlet: r.outlets[0] ?? '',
    summary: r.summary,
    outcome: r.outcome,
    sourceUrl: r.sourceUrls[0] ?? '',
    companies: r.companies,
    action: r.action,
    dataTypes: r.dataTypes,
  };
}

/** A saved article in the shape related reporting uses. */
export function articleItem(a: ArticleMeta): RelatedItem {
  return {
    kind: 'article',
    id: a.canonicalUrl,
    date: a.published ?? new Date(a.savedAt).toISOString().slice(0, 10),
    title: a.title,
    site: a.site,
    summary: a.summary,
    sourceUrl: a.url,
    companies: a.detections.companies,
    actions: a.detections.actions,
    dataTypes: a.detections.dataTypes,
  };
}

export const yearOf = (item: RelatedItem): number => Number(item.date.slice(0, 4));

/** Items newest first (dates compare as text: "2018" sorts before "2018-05"), grouped by year. */
export function byYear(items: readonly RelatedItem[]): [number, RelatedItem[]][] {
  const sorted = [...items].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const groups = new Map<number, RelatedItem[]>();
  for (const item of sorted) {
    const list = groups.get(yearOf(item));
    if (list) list.push(item);
    else groups.set(yearOf(item), [item]);
  }
  return [...groups];
}

export interface YearBar {
  year: number;
  /** Items counted once per data type they concern (an item about no type counts as "other"). */
  counts: Partial<Record<DataType, number>>;
  total: number;
}

/** Most years a chart shows: older ones still appear in the timeline below it. */
const MAX_YEARS = 25;

/** One bar per year from the first to the last (empty years included, so gaps show), oldest first. */
export function yearBars(items: readonly RelatedItem[]): YearBar[] {
  const years = items.map(yearOf).filter((y) => Number.isFinite(y) && y > 0);
  if (years.length === 0) return [];
  const last = Math.max(...years);
  const first = Math.max(Math.min(...years), last - MAX_YEARS + 1);
  const bars = new Map<number, YearBar>();
  for (let y = first; y <= last; y++) bars.set(y, { year: y, counts: {}, total: 0 });
  for (const item of items) {
    const bar = bars.get(yearOf(item));
    if (!bar) continue;
    for (const type of item.dataTypes.length ? item.dataTypes : (['other'] as const)) {
      bar.counts[type] = (bar.counts[type] ?? 0) + 1;
      bar.total++;
    }
  }
  return [...bars.values()];
}

/** Data types present in the bars, in the canonical order (the legend's order). */
export function typesIn(bars: readonly YearBar[]): DataType[] {
  return DATA_TYPES.filter((type) => bars.some((b) => (b.counts[type] ?? 0) > 0));
}
