/**
 * Wires the content script together and owns its lifetime: start, settings changes, teardown. Teardown runs
 * when the extension is reloaded or disabled ("Extension context invalidated"): nothing is left behind.
 */
import { compileLexicon } from '../core';
import { bundledCompanies } from '../core/lexicon-data';
import browser from '../shared/browser';
import type { PageConfig } from '../shared/messages';
import { sendFromContent } from '../shared/messaging';
import { createAnnotator, type Annotator } from './annotator';
import { createHighlighter } from './highlighter';
import { whenVisible } from './scheduler';
import { watchMutations } from './mutations';

const DISABLED: PageConfig = { enabled: false, mode: 'off', mutedCompanies: [], corrections: [] };

/** Starts annotating this frame. Resolves once the first full scan is reported. */
export async function startContentScript(): Promise<void> {
  if (!/^https?:$/.test(location.protocol) || !document.body) return;
  const configReply = await sendFromContent('page/config', { url: location.href });
  const config = configReply.ok ? configReply.value : DISABLED;
  if (!config.enabled) return;

  const controller = new AbortController();
  const highlighter = createHighlighter();
  const annotator = createAnnotator({ lexicon: compileLexicon(bundledCompanies), highlighter, config });
  const teardown = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    stopWatching();
    annotator.clear();
    highlighter.destroy();
  };

  const report = () => reportScan(annotator, teardown);
  const stopWatching = watchMutations(document.body, annotator, controller.signal, report);

  browser.runtime.onMessage.addListener(onBackgroundMessage);
  controller.signal.addEventListener('abort', () =>
    browser.runtime.onMessage.removeListener(onBackgroundMessage),
  );

  async function onBackgroundMessage(message: unknown) {
    if (!isRescan(message)) return undefined;
    const reply = await sendFromContent('page/config', { url: location.href });
    if (!reply.ok) return { ok: false, error: reply.error };
    if (!reply.value.enabled) {
      annotator.reconfigure({ ...reply.value, mode: 'off' });
    } else {
      annotator.reconfigure(reply.value);
    }
    highlighter.ensureRegistered();
    await report();
    return { ok: true, value: { scanned: true } };
  }

  await whenVisible();
  await annotator.scan(document.body, controller.signal);
  await report();
}

function isRescan(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { channel?: unknown }).channel === 'background' &&
    (message as { type?: unknown }).type === 'page/rescan'
  );
}

async function reportScan(annotator: Annotator, teardown: () => void): Promise<void> {
  const reply = await sendFromContent('page/scanned', {
    url: location.href,
    title: document.title.slice(0, 1_000),
    frameMentions: annotator.pageMentions(),
  });
  // The extension was reloaded or removed under us: leave the page as we found it.
  if (!reply.ok && /context invalidated|Receiving end does not exist/i.test(reply.error)) teardown();
}
