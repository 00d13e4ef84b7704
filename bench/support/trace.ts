/**
 * Main-thread tasks from a Chromium trace, attributed to the extension when any script it runs during the task
 * comes from `chrome-extension://<id>/`.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      frame?: string;
      message?: string;
      frames?: { url?: string; processId?: number }[];
    };
  };
}

export interface TaskStats {
  /** Tasks attributable to the extension: their count, longest and total duration (ms). */
  count: number;
  longestMs: number;
  totalMs: number;
  /** First start to last end of the extension's tasks (ms). */
  spanMs: number;
  /**
   * The longest task other than the one in which the browser compiles and evaluates our content script (its
   * top-level code): the longest of the work our scheduler slices.
   */
  longestSlicedMs: number;
}

/** A task of a thread's scheduler (Chromium names it either way, and nests one in the other). */
const isTask = (e: TraceEvent) =>
  e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

/** Stats of tasks lasting `durations` ms, the first starting at `first` and the last ending at `last` (µs). */
function taskStats(durations: number[], first: number, last: number, sliced = durations): TaskStats {
  if (durations.length === 0) return { count: 0, longestMs: 0, totalMs: 0, spanMs: 0, longestSlicedMs: 0 };
  return {
    count: durations.length,
    longestMs: Math.max(...durations),
    totalMs: durations.reduce((a, b) => a + b, 0),
    spanMs: (last - first) / 1000,
    longestSlicedMs: Math.max(0, ...sliced),
  };
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/**
 * The extension's work on renderer main threads. A task counts when extension script runs in it (a top-level
 * script event with the extension's URL); its share is the task's duration minus the page's own script, the
 * parsing and the frame rendering in it. A MutationObserver callback runs as a microtask at the end of the page's own task, and that
 * task's script is the page's; but promise continuations of our code run as microtasks with no URL of their
 * own, so the rest of the task is counted as ours (an over-count, never an under-count).
 */
/**
 * The frame pipeline and parsing: work the browser does for the page. When it runs at the top level of a task
 * (not forced from inside our script, e.g. by a `getClientRects()` of ours, which then counts as ours), it is
 * not counted as the extension's — an animation-frame callback of ours shares its task with the frame's render.
 */
const PAGE_WORK = new Set([
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
]);

/**
 * The renderer processes that showed `url` when the trace started: tracing records every process, and a
 * page's cost is what runs on its own renderer (not our service worker's or offscreen document's).
 */
export function pageProcesses(events: TraceEvent[], url: string): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    for (const frame of e.args?.data?.frames ?? []) {
      if (frame.url === url && frame.processId !== undefined) pids.add(frame.processId);
    }
  }
  return pids;
}

export function extensionTasks(
  events: TraceEvent[],
  extensionId: string,
  /** Only these processes (see {@link pageProcesses}); every process when absent. */
  pids?: Set<number>,
): TaskStats {
  const prefix = `chrome-extension://${extensionId}/`;
  const isScript = (e: TraceEvent) =>
    e.ph === 'X' &&
    (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!(isTask(e) || isScript(e) || PAGE_WORK.has(e.name))) continue;
    if (pids && !pids.has(e.pid)) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const shares: number[] = [];
  const slicedShares: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const list of byThread.values()) {
    const tasks = list.filter(isTask);
    const inner = list.filter((e) => !isTask(e)).sort((a, b) => a.ts - b.ts);
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      let ours = false;
      let evaluates = false;
      let pageMs = 0;
      let reach = -Infinity;
      for (const e of inner) {
        if (e.ts < task.ts || e.ts > end) continue;
        if (e.ts < reach) continue; // nested in the previous top-level event
        reach = e.ts + (e.dur ?? 0);
        if ((e.args?.data?.url ?? '').startsWith(prefix)) {
          ours = true;
          if (e.name === 'EvaluateScript') evaluates = true;
        } else pageMs += (e.dur ?? 0) / 1000;
      }
      if (!ours) continue;
      const share = Math.max(0, (task.dur ?? 0) / 1000 - pageMs);
      shares.push(share);
      if (!evaluates) slicedShares.push(share);
      first = Math.min(first, task.ts);
      last = Math.max(last, end);
    }
  }
  return taskStats(shares, first, last, slicedShares);
}

/**
 * Every top-level task on the main thread of processes `pids`, whoever ran it. For a page whose own scripts are
 * idle, this is what an action of ours costs it, including script injected with `executeScript({func})`,
 * which the trace shows with no URL (so {@link extensionTasks} cannot attribute it).
 */
export function mainThreadTasks(
  events: TraceEvent[],
  pids: Set<number>,
  /** Only tasks that start between the page's `console.timeStamp(from)` and `console.timeStamp(to)`. */
  window?: { from: string; to: string },
): TaskStats {
  const stamp = (message: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message)?.ts;
  const from = window ? stamp(window.from) : -Infinity;
  const to = window ? stamp(window.to) : Infinity;
  if (from === undefined || to === undefined) throw new Error("the trace lacks the window's time stamps");
  const mainThreads = new Set(
    events
      .filter((e) => pids.has(e.pid) && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && isTask(e) && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts);
  const durations: number[] = [];
  let reach = -Infinity;
  let first = Infinity;
  let last = -Infinity;
  for (const task of tasks) {
    if (task.ts < reach) continue; // nested in the previous task
    reach = task.ts + (task.dur ?? 0);
    durations.push((task.dur ?? 0) / 1000);
    first = Math.min(first, task.ts);
    last = Math.max(last, reach);
  }
  return taskStats(durations, first, last);
}
