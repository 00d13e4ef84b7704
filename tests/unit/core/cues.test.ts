import { describe, expect, it } from 'vitest';
import { cueRegistry } from '../../../src/core/cue-registry';
import { AR_ACTIONS } from '../../../src/core/cues/ar-actions';
import { CONTEXT_CUES } from '../../../src/core/cues/context';
import { DATA_NOUN_CUES, DATA_TYPE_CUES } from '../../../src/core/cues/data-types';
import { EN_ACTIONS } from '../../../src/core/cues/en-actions';
import { expandPattern, expandText } from '../../../src/core/cues/pattern';
import { wordMatches } from '../../../src/core/phrase-index';

const ALL_PATTERNS = [
  ...Object.values(EN_ACTIONS).flat(),
  ...Object.values(AR_ACTIONS).flat(),
  ...Object.values(DATA_TYPE_CUES).flat(),
  ...DATA_NOUN_CUES,
  ...Object.values(CONTEXT_CUES).flat(),
].map((p) => p.replace(/^!/, ''));

describe('cue pattern language', () => {
  it.each([
    ['(a|b c)', ['a', 'b c']],
    ['banks?', ['banks', 'bank']],
    ['analy[sz]e', ['analyse', 'analyze']],
    ["can't", ['can t']],
    ['sign-in', ['sign in']],
    ['record(s|ed)? data', ['records data', 'recorded data', 'record data']],
  ])('expands %s', (pattern, expected) => {
    expect(expandText(pattern)).toEqual(expected);
  });

  it.each([
    ['shar%', 'sharing', true],
    ['shar%', 'share', true],
    ['shar%', 'ashare', false],
    ['جمع+', 'جمعت', true],
    ['جمع+', 'وجمعوا', true],
    ['جمع+', 'تجمعها', true],
    ['جمع+', 'بتجمع', true],
    ['جمع+', 'جمعية', false],
    ['بيانات', 'والبيانات', true],
    ['=من', 'ومن', false],
    ['data', 'dataset', false],
  ])('%s matches %s: %s', (pattern, word, expected) => {
    const [first] = expandPattern(pattern, true)[0]!;
    expect(first && 'word' in first ? wordMatches(word, first.word) : null).toBe(expected);
  });

  it('expands every lexicon pattern to at least one word sequence', () => {
    for (const p of ALL_PATTERNS) expect(expandPattern(p, true).length, p).toBeGreaterThan(0);
  });

  it('compiles the whole registry', () => {
    expect(cueRegistry().index.exact.size + cueRegistry().index.stems.size).toBeGreaterThan(500);
  });
});
