import { describe, expect, it } from 'vitest';
import { windowEnd } from '../../../src/content/annotator';

/** `count` sentences of 99 characters and a full stop: "aaa… a." */
const sentences = (count: number) => Array.from({ length: count }, () => 'a '.repeat(49) + 'a.').join('');

describe('windowEnd', () => {
  it('takes the rest of a text that fits', () => {
    expect(windowEnd('short text.', 0)).toBe(11);
    expect(windowEnd(sentences(10), 0, 2_048)).toBe(1_000);
  });

  it('ends a window after the last sentence end within its size, from any start', () => {
    const text = sentences(300);
    expect(windowEnd(text, 0)).toBe(16_300);
    expect(windowEnd(text, 0, 2_048)).toBe(2_000);
    expect(windowEnd(text, 500, 2_048)).toBe(2_500);
  });

  it('falls back to a space, then to the size, when no sentence ends in the second half', () => {
    const words = 'word '.repeat(1_000);
    expect(windowEnd(words, 0, 2_048)).toBe(2_045);
    const solid = 'x'.repeat(10_000);
    expect(windowEnd(solid, 0, 2_048)).toBe(2_048);
  });
});
