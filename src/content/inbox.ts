/**
 * The content script's receiver for background messages: the same checks as the background's router
 * (envelope, sender, payload schema), answering `{ok, value}` or `{ok: false, error}`.
 */
import * as v from 'valibot';
import browser from '../shared/browser';
import { describeIssues, envelope } from '../shared/envelope';
import {
  backgroundToContent,
  type BackgroundToContent,
  type RequestOf,
  type Response,
  type ResponseOf,
} from '../shared/messages';

export type ContentHandlers = {
  [K in keyof BackgroundToContent & string]: (
    payload: RequestOf<BackgroundToContent, K>,
  ) => Promise<ResponseOf<BackgroundToContent, K>> | ResponseOf<BackgroundToContent, K>;
};

export function listenToBackground(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const parsed = v.safeParse(envelope, message);
    // Not ours (or not for us): stay silent so that another listener in this frame may answer.
    if (!parsed.success || parsed.output.channel !== 'background') return undefined;
    return answer(parsed.output.type, parsed.output.payload, sender);
  };
  async function answer(type: string, payload: unknown, sender: { id?: string; tab?: unknown }) {
    const fail = (error: string): Response<never> => ({ ok: false, error });
    if (sender.id !== browser.runtime.id || sender.tab !== undefined)
      return fail('refused: not from our background');
    if (!Object.hasOwn(backgroundToContent, type)) return fail(`unknown message type: ${type.slice(0, 64)}`);
    const key = type as keyof BackgroundToContent;
    const checked = v.safeParse(backgroundToContent[key].request, payload);
    if (!checked.success) return fail(`invalid ${type}: ${describeIssues(checked.issues)}`);
    try {
      const handler = handlers[key] as (p: unknown) => unknown;
      return { ok: true, value: await handler(checked.output) };
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
