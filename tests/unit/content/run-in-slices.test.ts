import { describe, expect, it } from 'vitest';
import { runInSlices, Slice, SLICE_MS } from '../../../src/content/scheduler';

/**
 * Runs `count` steps of `stepMs` each on a fake clock; returns the result and, for each step, how many times
 * the thread had been given back before it ran.
 */
async function run(count: number, stepMs: number) {
  let t = 0;
  let yields = 0;
  const seen: number[] = [];
  function* steps() {
    for (let i = 0; i < count; i++) {
      seen.push(yields);
      t += stepMs;
      yield;
    }
    return 'done';
  }
  const result = await runInSlices(steps(), {
    now: () => t,
    yieldToPage: () => {
      yields++;
      return Promise.resolve();
    },
  });
  return { result, seen, yields };
}

describe('runInSlices', () => {
  it('runs as many steps as fit in a slice, then gives the thread back, and returns the result', async () => {
    const { result, seen, yields } = await run(12, SLICE_MS / 4);
    expect(result).toBe('done');
    // Four steps fill a slice: the thread is given back after every fourth.
    expect(seen).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(yields).toBe(3);
  });

  it('does not give the thread back while the slice lasts', async () => {
    const { seen, yields } = await run(50, 0);
    expect(new Set(seen)).toEqual(new Set([0]));
    expect(yields).toBe(0);
  });

  it('gives the thread back after every step that overruns the slice', async () => {
    const { seen } = await run(3, SLICE_MS * 2);
    expect(seen).toEqual([0, 1, 2]);
  });
});

describe('Slice', () => {
  function fakeClock() {
    const clock = {
      t: 100,
      yields: 0,
      now: () => clock.t,
      yieldToPage: () => {
        clock.yields++;
        return Promise.resolve();
      },
    };
    return clock;
  }

  it('gives the thread back on the first pause, then only once the slice is used up', async () => {
    const clock = fakeClock();
    const slice = new Slice(clock);
    expect(slice.over()).toBe(true);
    await slice.pause();
    expect(clock.yields).toBe(1);
    expect(slice.deadline).toBe(100 + SLICE_MS);
    clock.t += SLICE_MS - 1;
    await slice.pause();
    expect(clock.yields).toBe(1);
    clock.t += 1;
    expect(slice.over()).toBe(true);
    await slice.pause();
    expect(clock.yields).toBe(2);
    expect(slice.deadline).toBe(clock.t + SLICE_MS);
  });

  it('is one slice for every loop that holds it: work in one counts against the other', async () => {
    const clock = fakeClock();
    const slice = new Slice(clock, true);
    // One loop spends 6 of the slice's 8 ms; the next one's first step still fits in what is left.
    const work = async (steps: number, ms: number) => {
      const seen: number[] = [];
      for (let i = 0; i < steps; i++) {
        await slice.pause();
        seen.push(clock.yields);
        clock.t += ms;
      }
      return seen;
    };
    expect(await work(2, 3)).toEqual([0, 0]);
    expect(await work(2, 3)).toEqual([0, 1]);
    expect(clock.yields).toBe(1);
  });

  it('starts a slice at once when asked to', () => {
    const clock = fakeClock();
    const slice = new Slice(clock, true);
    expect(slice.over()).toBe(false);
    expect(slice.deadline).toBe(100 + SLICE_MS);
  });
});
