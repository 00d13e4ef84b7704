/** The page's own description of itself: `<meta>` tags, canonical link, language, headline. */
import { collapseSpace } from './text';

/** Longest title, site name or byline kept: anything longer is not one. */
const MAX_FIELD_CHARS = 500;

/** Every `<meta>` value by lower-cased `name`, `property` or `itemprop` (the first one of each wins). */
export function readMeta(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    for (const attribute of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

/** The first of `keys` that the page has a non-empty value for, white space collapsed and capped. */
export function firstMeta(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = field(meta.get(key));
    if (value) return value;
  }
  return null;
}

/** Plain text for a title, site or byline: white space collapsed, empty → null, capped with an ellipsis. */
export function field(value: string | null | undefined, max = MAX_FIELD_CHARS): string | null {
  const text = collapseSpace(value ?? '');
  if (!text) return null;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A byline, or null when the value is not a person's name: a profile URL (`article:author` often is one) or a
 * dateline that Readability took for a byline ("April 28, 2019 at 6:01 am").
 */
export function bylineField(value: string | null | undefined): string | null {
  const text = field(value);
  if (!text || /^https?:\/\//i.test(text)) return null;
  return /\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b/.test(text) ? null : text;
}

/** Meta keys that state when an article was published, most specific first. */
export const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'publish-date',
  'published-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.issued',
  'dc.date.issued',
  'dcterms.date',
  'dc.date',
  'citation_publication_date',
  'date',
];

/** Meta keys that name the site, most specific first. */
export const SITE_KEYS = ['og:site_name', 'application-name', 'twitter:site:name'];

/** Meta keys that name the author (values that are URLs, as `article:author` often is, are skipped). */
export const AUTHOR_KEYS = ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'];

/** Meta keys that hold the headline. */
export const TITLE_KEYS = ['og:title', 'twitter:title', 'headline'];

/** The page's canonical-link and og:url hints, raw (resolved later against the page URL). */
export function urlHints(
  doc: Document,
  meta: ReadonlyMap<string, string>,
): { canonical: string | null; ogUrl: string | null } {
  const link = doc.querySelector('link[rel~="canonical" i][href]');
  return { canonical: link?.getAttribute('href') ?? null, ogUrl: meta.get('og:url') ?? null };
}

/** The text of the page's first `<h1>`, if any. */
export function firstHeading(doc: Document): string | null {
  return field(doc.querySelector('h1')?.textContent);
}
