/**
 * The popup's actions on a page's content script: "show me" (scroll to a mention and open its card). The
 * background is the only context that talks to content scripts (their inbox accepts the background channel
 * only), so the popup asks here, after the router has checked that the message comes from our own pages.
 * ('tab/save' is handled by save-tab.ts: the extractor is injected into the top frame on demand.)
 */
import type { PopupToBackground, RequestOf, ResponseOf } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { HandlerError } from './router';

type Handler<K extends keyof PopupToBackground & string> = (
  payload: RequestOf<PopupToBackground, K>,
) => Promise<ResponseOf<PopupToBackground, K>>;

/** The popup → background handlers for tab actions, keyed by message type (spread into the router's table). */
export interface TabActionHandlers {
  'tab/open-mention': Handler<'tab/open-mention'>;
}

/** Builds the handlers; `send` is injected so tests need no browser. */
export function createTabActions(send: typeof sendToTab = sendToTab): TabActionHandlers {
  return {
    'tab/open-mention': async ({ tabId, mentionId, frameId }) => {
      // Only the mention's own frame: mention ids are per frame, and another frame may have one of the same id.
      const reply = await send(tabId, 'mention/open', { id: mentionId }, frameId ?? 0);
      // A tab whose content script is gone (navigated, reloaded extension) answers with a delivery error.
      if (!reply.ok) throw new HandlerError(reply.error);
      return reply.value;
    },
  };
}

/** The handlers bound to the real messaging module. */
export const tabActionHandlers: TabActionHandlers = createTabActions();
