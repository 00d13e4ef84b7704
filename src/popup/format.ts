/** Dates and numbers in the UI language, through `Intl` (month names, order and digits as the locale has them). */
import type { UiLang } from '../shared/i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: UiLang, precision: 'year' | 'month' | 'day' | 'time'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : precision === 'day'
            ? { year: 'numeric', month: 'short', day: 'numeric' }
            : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
    // Stored dates are calendar dates, not instants: formatting in UTC keeps "2018-08-06" on the 6th everywhere.
    format = new Intl.DateTimeFormat(lang, precision === 'time' ? options : { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A stored date for display: "YYYY", "YYYY-MM", "YYYY-MM-DD", an ISO timestamp, or ms since the epoch (shown
 * with the time). Unparseable text is shown as it is rather than as "Invalid Date".
 */
export function formatDate(lang: UiLang, date: string | number): string {
  if (typeof date === 'number') return dateFormat(lang, 'time').format(date);
  const precision = /^\d{4}$/.test(date) ? 'year' : /^\d{4}-\d{2}$/.test(date) ? 'month' : 'day';
  // A timestamp's calendar date is the one the page printed: keep its date part rather than shift it to UTC.
  const day = /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
  const ms = Date.parse(precision === 'year' ? `${date}-01-01` : precision === 'month' ? `${date}-01` : day);
  return Number.isNaN(ms) ? date : dateFormat(lang, precision).format(ms);
}

/** A count in the UI language's digits. */
export function formatNumber(lang: UiLang, n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** A year without digit grouping ("2018", "٢٠١٨"). */
export function formatYear(lang: UiLang, year: number): string {
  return new Intl.NumberFormat(lang, { useGrouping: false }).format(year);
}

/** A byte count as KB/MB in the UI language. */
export function formatBytes(lang: UiLang, bytes: number): string {
  const [value, unit] = bytes >= 1_048_576 ? [bytes / 1_048_576, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
