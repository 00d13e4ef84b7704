/**
 * Routes validated messages to handlers. Checks, in order: the envelope's shape, the sender (our extension
 * id always; popup messages only from our own pages, content messages only from a tab), the payload's schema.
 * Never throws: every outcome is a `Response`.
 */
import * as v from 'valibot';
import { describeIssues, envelope } from '../shared/envelope';
import {
  contentToBackground,
  popupToBackground,
  type ContentToBackground,
  type ContractMap,
  type PopupToBackground,
  type RequestOf,
  type Response,
  type ResponseOf,
} from '../shared/messages';

/** What the router needs to know of a message's sender (a subset of `runtime.MessageSender`). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface SenderContext {
  tabId: number | undefined;
  frameId: number | undefined;
}

type Handlers<C extends ContractMap> = {
  [K in keyof C & string]: (
    payload: RequestOf<C, K>,
    sender: SenderContext,
  ) => Promise<ResponseOf<C, K>> | ResponseOf<C, K>;
};

export interface RouterOptions {
  extensionId: string;
  /** The origin of our own pages, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
  content: Handlers<ContentToBackground>;
  popup: Handlers<PopupToBackground>;
}

/** Thrown by a handler to answer with a specific message (other errors are reported by their message too). */
export class HandlerError extends Error {}

export function createRouter(options: RouterOptions) {
  const fail = (error: string): Response<never> => ({ ok: false, error });

  return async function route(message: unknown, sender: Sender): Promise<Response<unknown>> {
    const parsed = v.safeParse(envelope, message);
    if (!parsed.success) return fail(`malformed message: ${describeIssues(parsed.issues)}`);
    const { channel, type, payload } = parsed.output;
    if (sender.id !== options.extensionId) return fail('refused: message from another extension');

    let contract: ContractMap;
    let handlers: Record<string, (payload: never, sender: SenderContext) => unknown>;
    if (channel === 'content') {
      // Content scripts run in http(s) pages of a tab; our own pages (even opened in a tab) are not one.
      if (sender.tab?.id === undefined || !/^https?:/.test(sender.url ?? '')) {
        return fail('refused: content messages come from a content script in a web page');
      }
      contract = contentToBackground;
      handlers = options.content;
    } else if (channel === 'popup') {
      if (!sender.url?.startsWith(options.extensionOrigin)) {
        return fail('refused: this message is accepted from the extension’s own pages only');
      }
      contract = popupToBackground;
      handlers = options.popup;
    } else {
      return fail('refused: the background does not accept background messages');
    }

    if (!Object.hasOwn(contract, type)) return fail(`unknown message type: ${type.slice(0, 64)}`);
    const entry = contract[type]!;
    // Every request is an object. Valibot's object schemas take arrays too (`[]` passes `strictObject({})`).
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return fail(`invalid ${type}: the payload must be an object`);
    }
    const checked = v.safeParse(entry.request, payload);
    if (!checked.success) return fail(`invalid ${type}: ${describeIssues(checked.issues)}`);
    try {
      const value = await handlers[type]!(checked.output as never, {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
      });
      return { ok: true, value };
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  };
}
