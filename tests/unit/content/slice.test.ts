import { describe, expect, it } from 'vitest';
import { Slice, SLICE_MS } from '../../../src/content/scheduler';

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
