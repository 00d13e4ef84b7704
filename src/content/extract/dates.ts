/** Earliest plausible publication year: older dates on news pages are placeholders (`1970-01-01`). */
const MIN_YEAR = 1990;

/**
 * An ISO 8601 timestamp for a date string a page states, or null when it is not a plausible date: it must
 * parse, fall between 1990 and a year from now, and look like a date (four-digit year) rather than a number.
 */
export function toIsoDate(value: string | null | undefined, now: number = Date.now()): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0 || trimmed.length > 100 || !/\b\d{4}\b/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const latest = new Date(now).getUTCFullYear() + 1;
  const year = date.getUTCFullYear();
  return year >= MIN_YEAR && year <= latest ? date.toISOString() : null;
}
