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
  // Made on first mount: most pages never show a card, and building the host and its stylesheet was a
  // millisecond of every page's start-up (Chromium profile of the English story page).
  let made: { host: HTMLElement; shadow: ShadowRoot } | undefined;
  const make = () => {
    // Not registered with customElements (content scripts have none in Chromium): an unknown hyphenated name
    // is a plain HTMLElement, which may host a shadow root.
    const host = doc.createElement(UI_HOST_TAG.toLowerCase());
    const shadow = host.attachShadow({ mode: 'closed' });
    applyStyles(shadow, css, doc);
    return { host, shadow };
  };
  return {
    mount() {
      made ??= make();
      if (!made.host.isConnected) doc.documentElement.append(made.host);
      return made.shadow;
    },
    unmount() {
      made?.host.remove();
    },
    isMounted: () => made?.host.isConnected ?? false,
    contains: (node) =>
      made !== undefined && (node === made.host || (node instanceof Node && made.shadow.contains(node))),
    destroy() {
      made?.host.remove();
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
