/** The saved articles as CSV (RFC 4180), for spreadsheets. */
import type { ArticleMeta } from '../../../shared/messages';

const COLUMNS = [
  'saved_at',
  'title',
  'site',
  'url',
  'canonical_url',
  'byline',
  'published',
  'lang',
  'companies',
  'actions',
  'data_types',
  'tags',
  'note',
  'summary',
] as const;

/**
 * One cell. Spreadsheets run cells that start with = + - @ as formulas, and page titles are written by
 * strangers: such cells get a leading apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(article: ArticleMeta): string[] {
  return [
    new Date(article.savedAt).toISOString(),
    article.title,
    article.site,
    article.url,
    article.canonicalUrl,
    article.byline,
    article.published ?? '',
    article.lang,
    article.detections.companies.join('; '),
    article.detections.actions.join('; '),
    article.detections.dataTypes.join('; '),
    article.tags.join('; '),
    article.note,
    article.summary.join(' '),
  ];
}

/** The CSV text, with a byte-order mark so that spreadsheet programs read Arabic as UTF-8. */
export function articlesCsv(articles: readonly ArticleMeta[]): string {
  const lines = [COLUMNS.join(','), ...articles.map((a) => row(a).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
