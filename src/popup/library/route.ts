/** The library page's views, addressed by the URL's hash so that each view can be linked and bookmarked. */

export type Route =
  | { view: 'articles' }
  | { view: 'article'; url: string }
  | { view: 'company'; companyId: string | null }
  | { view: 'settings' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The route for a hash such as "#/company/facebook"; anything unknown is the articles list. */
export function parseRoute(hash: string): Route {
  const [, view = '', rest = ''] = /^#?\/([a-z]*)\/?(.*)$/.exec(hash) ?? [];
  if (view === 'settings') return { view: 'settings' };
  if (view === 'company') return { view: 'company', companyId: rest ? decode(rest) : null };
  if (view === 'article') {
    const url = decode(rest);
    if (url) return { view: 'article', url };
  }
  return { view: 'articles' };
}
