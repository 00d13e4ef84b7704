/** Addresses our pages link to. */

/** `url` when it is an http(s) address, so stored data can never make a `javascript:` link. */
export function safeHref(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A view of the library page (a sibling of the popup page, so a relative address works from both). */
export function libraryHref(route: string): string {
  return `library.html#${route}`;
}

export const articleRoute = (canonicalUrl: string) => `/article/${encodeURIComponent(canonicalUrl)}`;
export const companyRoute = (companyId: string) => `/company/${encodeURIComponent(companyId)}`;

/**
 * `?tab=<id>` shows the popup's view of a given tab in a full tab (documented in the README; the browser tests
 * use it, since they cannot drive a real popup).
 */
export function tabIdFrom(search: string): number | undefined {
  const param = new URLSearchParams(search).get('tab');
  return param !== null && /^\d{1,10}$/.test(param) ? Number(param) : undefined;
}
