/** The per-site switch is a site mute: one concept, one list (see 'mute/add'). */
import type { Mute } from '../../shared/messages';

/** The host of an http(s) page, or null for any other address. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The site mute that switches `host` off: its own, or its parent domain's (muting a host mutes subdomains). */
export function siteMuteFor(host: string, mutes: readonly Mute[]): Mute | undefined {
  return mutes.find((m) => m.kind === 'site' && (host === m.value || host.endsWith(`.${m.value}`)));
}
