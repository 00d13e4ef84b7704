/**
 * The canonical URL of a page: the key under which a saved article is stored, so that saving the same story
 * again (from a share link, with a fragment, through a newsletter) updates one record instead of adding another.
 */

/** Why a URL cannot be canonicalised. */
export type CanonicalUrlError =
  | { kind: 'invalid-url'; input: string }
  /** Only web pages can be saved: `file:`, `chrome:`, `about:`, `data:`… pages have no stable public address. */
  | { kind: 'unsupported-scheme'; scheme: string };

/** The canonical URL, or why there is none. */
export type CanonicalUrlResult = { ok: true; url: string } | { ok: false; error: CanonicalUrlError };

/** What the page says about its own address (raw attribute values; relative values are allowed). */
export interface CanonicalHints {
  /** `<link rel="canonical" href>` */
  canonical?: string | null;
  /** `<meta property="og:url" content>` */
  ogUrl?: string | null;
}

// Parameters that only say how the reader arrived (campaigns, click ids, share ids), never what the page is.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'ref_src',
  'ref_url',
  'spm',
  'scm',
  '_ga',
  '_gl',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'wickedid',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

/** Whether a query parameter name is a tracking parameter (case-insensitive). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The query string without tracking parameters. Works on the raw string rather than `URLSearchParams`, which
 * would re-encode the kept parameters (`%20` → `+`) and so change the URL the site sees.
 */
function stripTrackingQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // A malformed escape (`%E0%A4%A`) is not a tracking name we know: keep the parameter.
    return raw;
  }
}

type Parsed = { ok: true; url: URL } | { ok: false; error: CanonicalUrlError };

function parseWebUrl(input: string, base?: string): Parsed {
  let url: URL;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return { ok: false, error: { kind: 'invalid-url', input } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: { kind: 'unsupported-scheme', scheme: url.protocol } };
  }
  return { ok: true, url };
}

/** `url` without its fragment and tracking parameters, other parameters kept in their order and encoding. */
function cleaned(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  copy.search = stripTrackingQuery(copy.search);
  // `URL` keeps a bare `?` when the query becomes empty; the page is the same without it.
  return copy.href.endsWith('?') ? copy.href.slice(0, -1) : copy.href;
}

function siteHost(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/**
 * Whether two URLs are on the same site. Hostnames are compared without a leading `www.`; anything wider
 * (`m.example.com` vs `example.com`) needs the public-suffix list, which is not worth shipping for this.
 */
export function isSameSite(a: URL, b: URL): boolean {
  return siteHost(a) === siteHost(b);
}

/**
 * The canonical URL of the page at `pageUrl`. The page's own `rel=canonical`, then `og:url`, is trusted only
 * when it is an http(s) URL on the same site (a hostile or broken page must not be able to file itself under
 * another site's address); otherwise the page URL is used. Either way the fragment and tracking parameters
 * are removed. Only http(s) pages have a canonical URL.
 */
export function canonicalUrl(pageUrl: string, hints: CanonicalHints = {}): CanonicalUrlResult {
  const page = parseWebUrl(pageUrl);
  if (!page.ok) return page;
  for (const hint of [hints.canonical, hints.ogUrl]) {
    const trimmed = hint?.trim();
    if (!trimmed) continue;
    const candidate = parseWebUrl(trimmed, page.url.href);
    if (candidate.ok && isSameSite(candidate.url, page.url)) return { ok: true, url: cleaned(candidate.url) };
  }
  return { ok: true, url: cleaned(page.url) };
}
