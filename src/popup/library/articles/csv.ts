/** The articles on screen as CSV (RFC 4180), for the library's "export these". */
import type { ArticleMeta } from '../../../shared/messages';

const COLUMNS = [
  'title',
  'url',
  'site',
  'published',
  'saved',
  'lang',
  'companies',
  'actions',
  'dataTypes',
  'tags',
];

/**
 * One field, quoted when needed. A leading =, +, - or @ is prefixed with an apostrophe: spreadsheet programs
 * would otherwise run a page title like "=HYPERLINK(…)" as a formula (CSV injection).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function articlesCsv(articles: readonly ArticleMeta[]): string {
  const rows = articles.map((a) =>
    [
      a.title,
      a.url,
      a.site,
      a.published ?? '',
      new Date(a.savedAt).toISOString(),
      a.lang,
      a.detections.companies.join(' '),
      a.detections.actions.join(' '),
      a.detections.dataTypes.join(' '),
      a.tags.join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Arabic titles stay readable).
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
