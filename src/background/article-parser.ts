/**
 * Where a saved page's article is extracted: a DOM that is not the page's. Firefox's background is a page with
 * a DOM of its own; Chromium's service worker has none, so it opens an offscreen document for the length of
 * the save (reason DOM_PARSER) and closes it when no save is left in flight.
 */
import type { ExtractResult } from '../content/extract';
import browser, { offscreenApi } from '../shared/browser';
import { createParseSession } from './offscreen/parse-session';
import { OFFSCREEN_PATH, OFFSCREEN_TARGET } from './offscreen/protocol';

export interface ParseJob {
  feed(chunk: unknown): Promise<void>;
  finish(): Promise<ExtractResult>;
  /** Ends the job without a result (the tab went away mid-save). */
  abandon(): Promise<void>;
}

export interface ArticleParser {
  begin(page: { url: string; selection?: string | undefined }): Promise<ParseJob>;
}

/** Parses in this context's own DOM. */
export function localParser(implementation: DOMImplementation): ArticleParser {
  return {
    async begin(page) {
      const session = createParseSession(implementation, page);
      return {
        feed: async (chunk) => session.feed(chunk),
        finish: async () => session.finish(),
        abandon: async () => undefined,
      };
    },
  };
}

type Reply = { ok: true; value?: unknown } | { ok: false; error: string };

/** Parses in Chromium's offscreen document, opened on demand. */
export function offscreenParser(api: NonNullable<ReturnType<typeof offscreenApi>>): ArticleParser {
  let opening: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  let inFlight = 0;
  let nextJob = 0;

  async function open(): Promise<void> {
    // A document being closed would take the next job's messages with it.
    await closing;
    const url = browser.runtime.getURL(OFFSCREEN_PATH);
    const existing = await api.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
      documentUrls: [url],
    });
    if (existing.length > 0) return;
    // Two saves at once must not both create it: only one offscreen document may exist.
    opening ??= api.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
        justification: 'Extract the article of a page the user saves, away from the page.',
      })
      .finally(() => (opening = undefined));
    await opening;
  }

  async function close(): Promise<void> {
    if (--inFlight > 0) return;
    closing = api.offscreen
      .closeDocument()
      .catch(() => undefined)
      .finally(() => (closing = undefined));
    await closing;
  }

  async function send(message: Record<string, unknown>): Promise<unknown> {
    const reply = (await browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, ...message })) as
      Reply | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('The article parser did not answer.');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }

  return {
    async begin(page) {
      inFlight++;
      const job = `${Date.now().toString(36)}-${nextJob++}`;
      try {
        await open();
        await send({
          op: 'begin',
          job,
          url: page.url,
          ...(page.selection ? { selection: page.selection } : {}),
        });
      } catch (error) {
        await close();
        throw error;
      }
      let done = false;
      const end = async () => {
        if (done) return;
        done = true;
        await close();
      };
      return {
        feed: async (chunk) => {
          await send({ op: 'feed', job, chunk });
        },
        finish: async () => {
          try {
            return (await send({ op: 'finish', job })) as ExtractResult;
          } finally {
            await end();
          }
        },
        abandon: end,
      };
    },
  };
}

/** The parser for this browser: the background's own DOM when it has one, else an offscreen document. */
export function defaultParser(): ArticleParser {
  if (typeof document !== 'undefined' && document.implementation) return localParser(document.implementation);
  const api = offscreenApi();
  if (!api) throw new Error('This browser offers no DOM to extract articles in.');
  return offscreenParser(api);
}
