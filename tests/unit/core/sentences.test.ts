import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/index';
import { MAX_SENTENCE } from '../../../src/core/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    ['He said "stop." Then left.', ['He said "stop."', 'Then left.']],
    ['Shares rose 3.5 percent. Then fell.', ['Shares rose 3.5 percent.', 'Then fell.']],
    [
      'U.S. Bancorp and Facebook Inc. talked. Mr. Smith agreed.',
      ['U.S. Bancorp and Facebook Inc. talked.', 'Mr. Smith agreed.'],
    ],
    ['J. Smith wrote it. Done.', ['J. Smith wrote it.', 'Done.']],
    ['Visit amazon.com now. Or not.', ['Visit amazon.com now.', 'Or not.']],
    ['It rose approx. ten percent.', ['It rose approx. ten percent.']],
    ['Wait... what?! Yes.', ['Wait... what?!', 'Yes.']],
    ['Headline\nBody text here. More', ['Headline', 'Body text here.', 'More']],
    [
      'طلبت الشركة البيانات، ثم نفت ذلك؛ وقالت إنها لم تفعل. ماذا بعد؟ لا شيء',
      ['طلبت الشركة البيانات، ثم نفت ذلك؛ وقالت إنها لم تفعل.', 'ماذا بعد؟', 'لا شيء'],
    ],
    ['«هل تشارك فيسبوك البيانات؟» سأل الكاتب.', ['«هل تشارك فيسبوك البيانات؟»', 'سأل الكاتب.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('cuts an over-long run at a space, keeping every piece within the limit', () => {
    const text = 'word '.repeat(1000).trim();
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('cuts an over-long run without any space at the limit', () => {
    const spans = splitSentences('x'.repeat(2500));
    expect(spans.map((s) => s.end - s.start)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 500]);
  });
});
