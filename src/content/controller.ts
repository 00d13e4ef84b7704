/**
 * Wires the content script together and owns its lifetime: start, settings changes, teardown. Teardown runs
 * when the extension is reloaded or disabled ("Extension context invalidated"): nothing is left behind.
 */
import type { CompanyLabel, CompanyRecord, RemoteDetection } from '../core';
import type { PageConfig } from '../shared/messages';
import type { DetectWindow } from '../shared/schemas';
import { sendFromContent } from '../shared/messaging';
import { createAnnotator, type Annotation, type Annotator } from './annotator';
import { createCardController } from './card/card-controller';
import { createToast } from './card/toast';
import { createHighlighter } from './highlighter';
import { listenToBackground } from './inbox';
import { watchMutations } from './mutations';
import { whenVisible } from './scheduler';

const REGISTRY_CHECK_MS = 1_000;
/**
 * A dynamic page's changes reach the background at most this often: each report sends every mention of the
 * page (up to 2,000), and a feed can change every 100 ms.
 */
const CHANGE_REPORT_MS = 1_000;

const DISABLED: PageConfig = { enabled: false, mode: 'off', mutedCompanies: [], corrections: [] };

/**
 * Detection in the background (see background/page-detect.ts); a failed request fails its windows only. The
 * labels of the companies found go into `labels`: they arrive before the mentions that need them.
 */
async function detectInBackground(
  windows: DetectWindow[],
  labels: Map<string, CompanyLabel>,
): Promise<RemoteDetection[]> {
  const reply = await sendFromContent('page/detect', { windows });
  if (!reply.ok) throw new Error(reply.error);
  for (const label of reply.value.companies) labels.set(label.id, label);
  return reply.value.results;
}

/** Starts annotating this frame. Resolves once the first full scan is reported. */
export async function startContentScript(): Promise<void> {
  if (!/^https?:$/.test(location.protocol) || !document.body) return;
  const configReply = await sendFromContent('page/config', { url: location.href });
  let config = configReply.ok ? configReply.value : DISABLED;

  const controller = new AbortController();
  const { signal } = controller;
  const highlighter = createHighlighter();
  const toast = createToast();
  // The names and parents of the companies found so far, as the background's answers label them.
  const companies = new Map<string, CompanyLabel>();
  const annotator = createAnnotator({
    detect: (windows) => detectInBackground(windows, companies),
    highlighter,
    config: effective(config),
    parentOf: (id) => companies.get(id)?.parent ?? undefined,
  });
  let stopWatching = () => {};
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = -Infinity;
  const teardown = () => {
    if (signal.aborted) return;
    controller.abort();
    clearTimeout(reportTimer);
    stopWatching();
    annotator.clear();
    highlighter.destroy();
    toast.destroy();
  };
  const report = () => {
    lastReport = performance.now();
    return reportScan(annotator, teardown);
  };
  // After mutations: one report at most every CHANGE_REPORT_MS, the last change always included.
  const reportChanged = (): Promise<void> => {
    if (reportTimer !== undefined || signal.aborted) return Promise.resolve();
    const wait = Math.max(0, lastReport + CHANGE_REPORT_MS - performance.now());
    reportTimer = setTimeout(() => {
      void whenVisible().then(() => {
        reportTimer = undefined;
        if (!signal.aborted) void report();
      });
    }, wait);
    return Promise.resolve();
  };

  const applyConfig = (next: PageConfig) => {
    config = next;
    annotator.reconfigure(effective(next));
    highlighter.ensureRegistered();
  };

  const card = createCardController({
    candidatesOf: (node) => annotator.annotationsOf(node),
    shadowRoots: () => annotator.shadowRoots(),
    inOrder: () => annotator.highlightedInOrder(),
    company: (id) => companies.get(id),
    highlighter,
    signal,
    related: async (a) => {
      const reply = await sendFromContent('related/get', {
        mentions: [relatedQuery(a)],
        pageUrl: location.href,
        limit: 4,
      });
      return reply.ok ? { ok: true, value: reply.value.results[0]?.items ?? [] } : reply;
    },
    save: () => sendFromContent('page/save', {}),
    mute: async (a) => {
      // Takes effect at once here; the background tells the other tabs.
      applyConfig({ ...config, mutedCompanies: [...config.mutedCompanies, a.mention.companyId] });
      return sendFromContent('mute/add', { kind: 'company', value: a.mention.companyId });
    },
    notData: async (a) => {
      const reply = await sendFromContent('correction/add', {
        companyId: a.mention.companyId,
        sentence: a.sentence,
      });
      if (reply.ok)
        applyConfig({ ...config, corrections: [...config.corrections, reply.value.correction.fingerprint] });
      return reply;
    },
  });

  listenToBackground(
    {
      'page/rescan': async () => {
        const reply = await sendFromContent('page/config', { url: location.href });
        if (!reply.ok) throw new Error(reply.error);
        const wasEnabled = config.enabled;
        const companiesChanged = !sameCompanies(config.userCompanies, reply.value.userCompanies);
        applyConfig(reply.value);
        // A user's company may have been renamed or removed: the page's next reading labels afresh.
        if (companiesChanged) companies.clear();
        // Paused or switched off for this site: stop reading the page and forget what was read. Switched back
        // on: read it afresh (it may have changed meanwhile). The user's companies changed: read it afresh too
        // (the background detects with them), so that a company just added is highlighted at once.
        if (wasEnabled && !reply.value.enabled) stopReading();
        else if (!wasEnabled && reply.value.enabled) await startReading();
        else if (reply.value.enabled && companiesChanged) {
          stopReading();
          await startReading();
        }
        // The reporting may have changed too (an article was saved): an open card shows the new list.
        card.refreshRelated();
        await report();
        return { scanned: true };
      },
      'page/save': async () => {
        const reply = await sendFromContent('page/save', {});
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      },
      'save/notice': (notice) => {
        if (window !== window.top) return { shown: false };
        toast.show(notice);
        return { shown: true };
      },
      'mention/step': ({ direction }) => {
        card.step(direction);
        return { opened: card.isOpen() };
      },
      'mention/open': ({ id }) => {
        const target = annotator.annotations().find((a) => a.id === id);
        if (target && !target.highlighted) return { opened: false };
        if (target) card.openOn(target);
        return { opened: target !== undefined };
      },
    },
    signal,
  );

  // One reading of the page: aborted by teardown, or by a pause (scans in flight stop with it).
  let reading = new AbortController();
  async function startReading(): Promise<void> {
    reading = new AbortController();
    const readingSignal = AbortSignal.any([signal, reading.signal]);
    stopWatching = watchMutations(document.documentElement, annotator, readingSignal, reportChanged);
    await whenVisible();
    await annotator.scan(document.body, readingSignal, { visibleFirst: true });
  }
  function stopReading(): void {
    reading.abort();
    stopWatching();
    stopWatching = () => {};
    card.close();
    annotator.clear();
  }

  keepRegistered(highlighter, signal);
  // Paused, or switched off for this site: no scanning at all (the rescan message can switch it on later).
  if (!config.enabled) return;
  await startReading();
  await report();
}

/**
 * A page can delete or replace our entries in its `CSS.highlights` registry; put them back now and then
 * (a Map lookup per check), and whenever the tab becomes visible again.
 */
function keepRegistered(highlighter: { ensureRegistered(): void }, signal: AbortSignal): void {
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') highlighter.ensureRegistered();
  }, REGISTRY_CHECK_MS);
  document.addEventListener('visibilitychange', () => highlighter.ensureRegistered(), { signal });
  signal.addEventListener('abort', () => clearInterval(timer));
}

/** Whether two configurations list the same user companies (records compared whole, in order). */
function sameCompanies(a: readonly CompanyRecord[] = [], b: readonly CompanyRecord[] = []): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Mode 'off' when the page is disabled, so existing highlights go at once. */
function effective(config: PageConfig): PageConfig {
  return config.enabled ? config : { ...config, mode: 'off' };
}

function relatedQuery(a: Annotation) {
  return {
    companyId: a.mention.companyId,
    ...(a.mention.action ? { action: a.mention.action } : {}),
    dataTypes: a.mention.dataTypes,
  };
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
