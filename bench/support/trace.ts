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
  args?: { data?: { url?: string; frame?: string } };
}

export interface TaskStats {
  /** Tasks attributable to the extension: their count, longest and total duration (ms). */
  count: number;
  longestMs: number;
  totalMs: number;
  /** First start to last end of the extension's tasks (ms). */
  spanMs: number;
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

/** Tasks on renderer main threads during which extension script ran. */
export function extensionTasks(events: TraceEvent[], extensionId: string): TaskStats {
  const prefix = `chrome-extension://${extensionId}/`;
  const tasks = events.filter(
    (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const scripts = events.filter(
    (e) =>
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') &&
      (e.args?.data?.url ?? '').startsWith(prefix),
  );
  const hits = tasks.filter((t) =>
    scripts.some((s) => s.pid === t.pid && s.tid === t.tid && s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0)),
  );
  if (hits.length === 0) return { count: 0, longestMs: 0, totalMs: 0, spanMs: 0 };
  const durations = hits.map((t) => (t.dur ?? 0) / 1000);
  const first = Math.min(...hits.map((t) => t.ts));
  const last = Math.max(...hits.map((t) => t.ts + (t.dur ?? 0)));
  return {
    count: hits.length,
    longestMs: Math.max(...durations),
    totalMs: durations.reduce((a, b) => a + b, 0),
    spanMs: (last - first) / 1000,
  };
}
