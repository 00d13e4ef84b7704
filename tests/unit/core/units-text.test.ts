import { describe, expect, it } from 'vitest';
import { normSlice, unitsText, type SentenceText } from '../../../src/core/sentence-view';

const unitsOf = (text: string): Uint16Array => Uint16Array.from(text, (c) => c.charCodeAt(0));

describe('unitsText', () => {
  it('cuts the same string as slice, short and long, across chunk boundaries', () => {
    const text = 'شركة فيسبوك, Facebook and 42 '.repeat(700); // 20,300 units: several chunks
    const units = unitsOf(text);
    for (const [from, to] of [
      [0, 0],
      [3, 4],
      [0, 12],
      [5, 18],
      [0, 4096],
      [1, 4098],
      [100, 12_345],
      [0, text.length],
    ] as const)
      expect(unitsText(units, from, to)).toBe(text.slice(from, to));
  });

  it('reads a sentence in place through normSlice, clamping to the sentence', () => {
    const whole = unitsOf('xx hello world yy');
    const norm: SentenceText = {
      units: whole,
      origin: new Uint32Array(whole.length),
      from: 3,
      length: 11,
      base: 0,
      end: 11,
    };
    expect(normSlice(norm, 0, 5)).toBe('hello');
    expect(normSlice(norm, 6)).toBe('world');
    expect(normSlice(norm, -4, 99)).toBe('hello world');
    expect(normSlice(norm, 8, 2)).toBe('');
  });
});
