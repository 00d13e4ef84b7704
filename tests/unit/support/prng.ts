/**
 * A small seeded PRNG (mulberry32) for fuzz tests: the same seed gives the same run, so a failure printed with
 * its seed can be replayed exactly (set FUZZ_SEED to it).
 */
export interface Prng {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Picks by weight: `[[weight, value], …]`. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[int(0, list.length - 1)]!;
    },
    weighted<T>(choices: readonly (readonly [number, T])[]): T {
      const total = choices.reduce((sum, [w]) => sum + w, 0);
      let r = next() * total;
      for (const [w, value] of choices) {
        if ((r -= w) < 0) return value;
      }
      return choices[choices.length - 1]![1];
    },
  };
}

/** The seed of a fuzz run: FUZZ_SEED when set (to replay a failure), otherwise `fallback`. */
export function fuzzSeed(fallback: number): number {
  const fromEnv = process.env.FUZZ_SEED;
  if (fromEnv === undefined || fromEnv === '') return fallback;
  const seed = Number(fromEnv);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${fromEnv}`);
  return seed;
}
