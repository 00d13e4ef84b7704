/**
 * The popup's and the library's one way to the background. Components receive a `Client`, so tests render
 * them with a fake one.
 */
import { sendFromPopup } from '../shared/messaging';
import type { PopupToBackground, RequestOf, Response, ResponseOf } from '../shared/messages';

/** A message type the extension's pages may send. */
export type PopupType = keyof PopupToBackground & string;
export type Req<K extends PopupType> = RequestOf<PopupToBackground, K>;
export type Res<K extends PopupType> = ResponseOf<PopupToBackground, K>;

/** Sends one typed request to the background; never throws (failures are `{ok: false}`). */
export interface Client {
  call<K extends PopupType>(type: K, payload: Req<K>): Promise<Response<Res<K>>>;
}

type Send = <K extends PopupType>(type: K, payload: Req<K>) => Promise<Response<Res<K>>>;

/**
 * Answers that come from a running router: the request itself was wrong, so sending it again cannot help.
 * Anything else (no receiver, a port closed mid-call, a handler that failed while the worker restarted) is
 * worth one more try.
 */
const FINAL = /^(invalid |refused|unknown message type|malformed message)/;

/**
 * A client that retries a failed call once after `retryDelayMs`: an MV3 worker may be stopped between two
 * messages, or be restarting (extension update, crash) while the popup is open, and the first message to reach
 * a dying worker fails although the next one wakes a fresh worker.
 */
export function createClient(send: Send = sendFromPopup, retryDelayMs = 400): Client {
  return {
    async call(type, payload) {
      const first = await send(type, payload);
      if (first.ok || FINAL.test(first.error)) return first;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      return send(type, payload);
    },
  };
}

/** The client bound to the real messaging module. */
export const backgroundClient: Client = createClient();
