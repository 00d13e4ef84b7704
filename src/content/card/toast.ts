/**
 * A short notice at the edge of the page, for what the user did without our UI on screen: saving the page from
 * the keyboard command or the context menu. Plain DOM in its own closed shadow root (no Preact: two lines of
 * text), announced by a live region, gone after a few seconds with its host, so the page's DOM is as it was.
 */
import { createUiHost, type UiHost } from './ui-host';
import { directionOf, translate, uiLangOf } from './strings';

const SHOW_MS = 5_000;

const TOAST_CSS = `
:host { all: initial; }
.toast {
  position: fixed; z-index: 2147483647; bottom: 16px; inset-inline-end: 16px; box-sizing: border-box;
  max-width: min(420px, calc(100vw - 32px)); padding: 10px 14px; border-radius: 8px;
  background: #1f2328; color: #ffffff; box-shadow: 0 6px 20px rgba(0,0,0,.3);
  font: 13px/1.45 system-ui, "Segoe UI", "Noto Sans Arabic", "Noto Sans", sans-serif; text-align: start;
  overflow-wrap: anywhere;
}
.toast.failed { background: #8c1d18; }
@media (forced-colors: active) { .toast { border: 2px solid CanvasText; } }
`;

export type SaveNotice = { ok: true; created: boolean; title: string } | { ok: false; error: string };

export interface Toast {
  show(notice: SaveNotice): void;
  destroy(): void;
}

export function createToast(doc: Document = document): Toast {
  let host: UiHost | undefined;
  let timer: number | undefined;
  return {
    show(notice) {
      host ??= createUiHost(TOAST_CSS, doc);
      const root = host.mount();
      const lang = uiLangOf(doc.documentElement.lang || undefined);
      const box = doc.createElement('div');
      box.className = notice.ok ? 'toast' : 'toast failed';
      box.setAttribute('role', notice.ok ? 'status' : 'alert');
      box.dir = directionOf(lang);
      box.lang = lang;
      // Text only: the title is the page's, and never markup here. Isolated (FSI…PDI) so that an Arabic title
      // in an English sentence, or the reverse, keeps its own direction.
      box.textContent = notice.ok
        ? translate(
            lang,
            notice.created ? 'cardToastSaved' : 'cardToastUpdated',
            `\u2068${notice.title}\u2069`,
          )
        : translate(lang, 'cardToastFailed', notice.error);
      root.replaceChildren(box);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => host?.unmount(), SHOW_MS);
    },
    destroy() {
      window.clearTimeout(timer);
      host?.destroy();
    },
  };
}
