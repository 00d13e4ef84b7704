/**
 * The one module that sends messages. Callers get typed requests and `Response`s; a failure to deliver
 * (no receiver, context invalidated) becomes `{ok: false}` rather than an exception.
 */
import browser from './browser';
import type { Channel } from './envelope';
import type {
  BackgroundToContent,
  ContentToBackground,
  PopupToBackground,
  RequestOf,
  Response,
  ResponseOf,
} from './messages';

async function send<T>(
  channel: Channel,
  type: string,
  payload: unknown,
  tabId?: number,
  frameId?: number,
): Promise<Response<T>> {
  const message = { channel, type, payload };
  try {
    const reply: unknown =
      tabId === undefined
        ? await browser.runtime.sendMessage(message)
        : await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Response<T>;
    return { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Content script → background. */
export function sendFromContent<K extends keyof ContentToBackground & string>(
  type: K,
  payload: RequestOf<ContentToBackground, K>,
): Promise<Response<ResponseOf<ContentToBackground, K>>> {
  return send('content', type, payload);
}

/** Popup or library page → background. */
export function sendFromPopup<K extends keyof PopupToBackground & string>(
  type: K,
  payload: RequestOf<PopupToBackground, K>,
): Promise<Response<ResponseOf<PopupToBackground, K>>> {
  return send('popup', type, payload);
}

/** Background → one tab's content scripts: every frame's, or only frame `frameId`'s. */
export function sendToTab<K extends keyof BackgroundToContent & string>(
  tabId: number,
  type: K,
  payload: RequestOf<BackgroundToContent, K>,
  frameId?: number,
): Promise<Response<ResponseOf<BackgroundToContent, K>>> {
  return send('background', type, payload, tabId, frameId);
}
