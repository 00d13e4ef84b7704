/**
 * The offscreen document (Chromium): a DOM for the service worker, used only while a page is being saved. It
 * rebuilds the page's snapshot and runs Readability on it, off the page's thread. It answers the service
 * worker only: content scripts (which could speak for a compromised page) are ignored.
 */
import * as v from 'valibot';
import browser, { type Runtime } from '../../shared/browser';
import { describeIssues } from '../../shared/envelope';
import { isForOffscreen, offscreenRequest, type OffscreenRequest } from './protocol';
import { createParseSession, type ParseSession } from './parse-session';

const sessions = new Map<string, ParseSession>();

function handle(request: OffscreenRequest): unknown {
  if (request.op === 'begin') {
    sessions.set(request.job, createParseSession(document.implementation, request));
    return { ok: true };
  }
  const session = sessions.get(request.job);
  if (!session) return { ok: false, error: `No parse job ${request.job}.` };
  if (request.op === 'feed') {
    session.feed(request.chunk);
    return { ok: true };
  }
  sessions.delete(request.job);
  return { ok: true, value: session.finish() };
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isForOffscreen(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
  const checked = v.safeParse(offscreenRequest, message);
  if (!checked.success) return Promise.resolve({ ok: false, error: describeIssues(checked.issues) });
  try {
    return Promise.resolve(handle(checked.output));
  } catch (error) {
    // A malformed snapshot ends its job: the next message about it gets "no parse job".
    sessions.delete(checked.output.job);
    return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
