import { describe, expect, it } from 'vitest';
import { detect, scanCompanies } from '../../../src/core/index';
import { TEST_LEXICON } from './detect-fixtures';

/** The aliases found in `text`, as written, with their company ids. */
function found(text: string): string[] {
  return detect(text, TEST_LEXICON).map((m) => `${m.alias}=${m.companyId}`);
}

describe('matcher: Latin word boundaries', () => {
  it.each([
    ["Facebook's users", ['Facebook=facebook']],
    ['a Google-owned firm', ['Google=google']],
    ['the Googleplex campus', []],
    ['Googles and Facebooks', []],
    ['non-Mozilla products', ['Mozilla=mozilla']],
    ['FACEBOOK, facebook and FaceBook', ['FACEBOOK=facebook', 'facebook=facebook', 'FaceBook=facebook']],
    ['(Google)', ['Google=google']],
    ['visit Amazon.com today', ['Amazon.com=amazon']],
    ['the FBI said', []],
    ['Ｆａｃｅｂｏｏｋ in full width', ['Ｆａｃｅｂｏｏｋ=facebook']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matcher: multi-word names with any spacing', () => {
  it.each([
    ['Meta Platforms said', ['Meta Platforms=meta']],
    ['Meta  \n Platforms said', ['Meta  \n Platforms=meta']],
    ['Meta\u00A0Platforms said', ['Meta\u00A0Platforms=meta']],
    ['Wells Fargo and JPMorgan Chase', ['Wells Fargo=wells-fargo', 'JPMorgan Chase=jpmorgan-chase']],
    ['قالت فيس  بوك', ['فيس  بوك=facebook']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matcher: Arabic proclitics', () => {
  it.each([
    ['نشر على فيسبوك', ['فيسبوك=facebook']],
    ['وفيسبوك', ['فيسبوك=facebook']],
    ['بفيسبوك', ['فيسبوك=facebook']],
    ['لفيسبوك', ['فيسبوك=facebook']],
    ['كفيسبوك', ['فيسبوك=facebook']],
    ['فلفيسبوك', ['فيسبوك=facebook']],
    ['وبفيسبوك', ['فيسبوك=facebook']],
    ['الفيسبوك', ['الفيسبوك=facebook']],
    ['والفيسبوك', ['الفيسبوك=facebook']],
    ['بالفيسبوك', ['الفيسبوك=facebook']],
    ['وبالفيسبوك', ['الفيسبوك=facebook']],
    ['للفيسبوك', ['فيسبوك=facebook']],
    ['ولجوجل وبجوجل', ['جوجل=google', 'جوجل=google']],
    ['للسناب', ['سناب=snapchat']],
    ['والسناب', ['السناب=snapchat']],
    ['سناب وحده', []],
    ['مفيسبوك', []],
    ['فيسبوكي', []],
    ['اللفيسبوك', []],
    ['وGoogle و بـGoogle', ['Google=google', 'Google=google']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matcher: spelling variation and invisible characters', () => {
  it.each([
    ['فَيْسْبُوك', ['فَيْسْبُوك=facebook']],
    ['فيـــسبوك', ['فيـــسبوك=facebook']],
    ['شركة ابل وشركة آبل', ['ابل=apple', 'آبل=apple']],
    ['Face\u200Bbook', ['Face\u200Bbook=facebook']],
    ['Face\u202Ebook', ['Face\u202Ebook=facebook']],
    ['Face\u00ADbook', ['Face\u00ADbook=facebook']],
    ['فيس\u200Cبوك', ['فيس\u200Cبوك=facebook']],
    ['Goögle', ['Goögle=google']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('matcher: offsets', () => {
  it('reports offsets into the original string, whatever was folded or dropped', () => {
    const text = 'Zero\u200Bwidth: وَالفِيسْبُوك ثم Ｇｏｏｇｌｅ\u{1F600} ثم Face\u200Bbook.';
    for (const m of detect(text, TEST_LEXICON)) {
      expect(text.slice(m.start, m.end)).toBe(m.alias);
      expect(m.sentenceStart).toBeLessThanOrEqual(m.start);
      expect(m.sentenceEnd).toBeGreaterThanOrEqual(m.end);
    }
    expect(detect(text, TEST_LEXICON).map((m) => m.companyId)).toEqual(['facebook', 'google', 'facebook']);
  });
});

describe('scanCompanies', () => {
  it('returns every alias occurrence with offsets, ambiguous ones flagged, nothing judged', () => {
    const text = 'An apple, Apple Inc. and وفيسبوك';
    expect(scanCompanies(text, TEST_LEXICON)).toEqual([
      { companyId: 'apple', alias: 'apple', start: 3, end: 8, ambiguous: true },
      { companyId: 'apple', alias: 'Apple Inc.', start: 10, end: 20, ambiguous: false },
      { companyId: 'facebook', alias: 'فيسبوك', start: 26, end: 32, ambiguous: false },
    ]);
  });
});
