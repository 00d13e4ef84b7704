/**
 * Our in-page UI's host: a custom-named element with a closed shadow root, `:host { all: initial }` so the
 * page's styles cannot reach in. It is attached only while the card is shown and removed when it closes, so
 * the page's DOM is as the page left it whenever our UI is not on screen.
 */
import { UI_HOST_TAG } from '../text-index';

export interface UiHost {
  /** The shadow root to render into; attaches the host to the document. */
  mount(): ShadowRoot;
  /** Detaches the host (the shadow tree is kept for the next mount). */
  unmount(): void;
  isMounted(): boolean;
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

export function createUiHost(css: string, doc: Document = document): UiHost {
  // Not registered with customElements (content scripts have none in Chromium): an unknown hyphenated name
  // is a plain HTMLElement, which may host a shadow root.
  const host = doc.createElement(UI_HOST_TAG.toLowerCase());
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, css, doc);
  return {
    mount() {
      if (!host.isConnected) doc.documentElement.append(host);
      return shadow;
    },
    unmount() {
      host.remove();
    },
    isMounted: () => host.isConnected,
    contains: (node) => node === host || (node instanceof Node && shadow.contains(node)),
    destroy() {
      host.remove();
    },
  };
}

/**
 * A constructed stylesheet first: a page's CSP `style-src` does not apply to it. Where a browser refuses it
 * in a content script, a <style> inside our own closed shadow root is the fallback.
 */
function applyStyles(shadow: ShadowRoot, css: string, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // fall through
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
