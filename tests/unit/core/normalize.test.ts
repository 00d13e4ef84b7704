import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/index';

describe('normalize', () => {
  it.each([
    ['Latin case and NFKC', 'ＦａｃｅＢＯＯＫ', 'facebook'],
    ['Latin diacritics', 'Café Zürich', 'cafe zurich'],
    ['alef forms', 'أبل إبل آبل ٱبل', 'ابل ابل ابل ابل'],
    ['alef maqsura and taa marbuta', 'على شركة', 'علي شركه'],
    ['tashkeel and superscript alef', 'فَيْسْبُوكٌ هٰذا', 'فيسبوك هذا'],
    ['tatweel', 'فيـــسبوك', 'فيسبوك'],
    ['Arabic-Indic digits', '٢٠١٨ و۲۰۱۹', '2018 و2019'],
    ['zero-width and bidi controls', 'Face\u200Bbo\u200Dok \u202Bفيس\u2067بوك\u2069', 'facebook فيسبوك'],
    ['soft hyphen and BOM', 'Face\u00ADbook\uFEFF', 'facebook'],
    ['NBSP and runs of white space', 'Meta\u00A0 \n\tPlatforms', 'meta platforms'],
    ['Arabic presentation forms', 'ﻻ ﺃﺑﻞ', 'لا ابل'],
    ['astral letters', '\u{1D405}acebook', 'facebook'],
    ['lone surrogates become U+FFFD', 'a\uD800b\uDC00c', 'a\uFFFDb\uFFFDc'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each([
    ['Fa\u200Bcé  book', 'facebook'],
    ['فَيْسْبُوك\u00A0وجوجل', 'فيسبوك'],
    ['x \u{1D405}y ﻻ z', 'y'],
  ])('maps every normalised unit back to its original character (%s)', (input) => {
    const { text, map } = normalize(input);
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(input.length);
    for (let i = 0; i < text.length; i++) {
      expect(map[i]).toBeLessThan(input.length);
      if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
    }
  });

  it('maps a word back to its exact original span', () => {
    const input = 'قالت فَيْسْبُوك إنها';
    const { text, map } = normalize(input);
    const at = text.indexOf('فيسبوك');
    const start = map[at]!;
    const end = map[at + 'فيسبوك'.length - 1]! + 1;
    expect(input.slice(start, end)).toBe('فَيْسْبُوك');
  });
});
