/** The addresses the knowledge base files things under. */
import { canonicalUrl } from '../../core/canonical-url';
import { withoutFragment } from '../../core/related';

/** The key a page is saved under: its canonical URL (no fragment, no tracking parameters). */
export function articleKey(url: string): string {
  const canonical = canonicalUrl(url);
  return canonical.ok ? canonical.url : withoutFragment(url);
}

/**
 * The site a mute applies to: the host name, lower-case, without a leading "www." (muting example.com also
 * mutes www.example.com and news.example.com). Accepts a URL or a bare host name.
 */
export function siteOf(urlOrHost: string): string {
  let host = urlOrHost;
  try {
    host = new URL(urlOrHost).hostname;
  } catch {
    // A bare host name.
  }
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Whether `url`'s host is one of `sites` or under one of them. */
export function isUnderSite(url: string, sites: Iterable<string>): boolean {
  const host = siteOf(url);
  for (const site of sites) if (host === site || host.endsWith(`.${site}`)) return true;
  return false;
}
