import { describe, expect, it } from 'vitest';
import { compileLexicon, detect, normalize, splitSentences, type Mention } from '../../../src/core/index';
import { bundledCompanies } from '../../../src/core/lexicon-data';

const lexicon = compileLexicon(bundledCompanies);

function expectValidOffsets(text: string, mentions: readonly Mention[]): void {
  let last = -1;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.start).toBeGreaterThan(last - 1);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.alias);
    expect(m.sentenceStart).toBeLessThanOrEqual(m.start);
    expect(m.sentenceEnd).toBeGreaterThanOrEqual(m.end);
    expect(m.sentenceEnd).toBeLessThanOrEqual(text.length);
    last = m.start;
  }
}

/** Fastest of five runs, in milliseconds. */
function timeOf(fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const PARAGRAPH =
  'Facebook asked banks to share card transactions, the report said. Apple denied it. ' +
  'طلبت فيسبوك من البنوك بيانات العملاء المالية، ونفت أبل ذلك؟ Meta Platforms and Google Pay. ';

describe('bad input: no exception, valid offsets', () => {
  it.each([
    ['empty', ''],
    ['white space only', ' \n\t\u00A0 '],
    ['NUL characters around names', 'Facebook\u0000Google\u0000\u0000فيسبوك\u0000'],
    ['lone surrogates', '\uD800Facebook\uDC00 و\uDBFF فيسبوك \uDFFF'],
    [
      'bidi and zero-width inside names',
      'Face\u200Bbook, Goo\u202Egle, فيس\u200Fبوك, Ama\u2066zon\u2069 Inc.',
    ],
    ['mixed scripts glued together', 'Facebookفيسبوك فيسبوكFacebook قالت Facebook إن Google وفيسبوك'],
    ['only punctuation', '.?!؟…\n\n.'.repeat(1000)],
    ['combining marks piled up', `F${'\u0301'.repeat(500)}acebook`],
  ])('%s', (_, text) => {
    const mentions = detect(text, lexicon);
    expectValidOffsets(text, mentions);
    expect(() => normalize(text)).not.toThrow();
    expect(() => splitSentences(text)).not.toThrow();
  });

  it('finds names through zero-width and bidi characters', () => {
    const text = 'Face\u200Bbook, فيس\u200Fبوك and Goo\u00ADgle';
    expect(detect(text, lexicon).map((m) => m.companyId)).toEqual(['facebook', 'facebook', 'google']);
  });

  it('finds names glued by NUL and in mixed-script sentences', () => {
    expect(detect('Facebook\u0000Google', lexicon).map((m) => m.companyId)).toEqual(['facebook', 'google']);
    expect(detect('قالت Facebook إن Google وفيسبوك', lexicon).map((m) => m.companyId)).toEqual([
      'facebook',
      'google',
      'facebook',
    ]);
  });

  it('handles 10 MB of text', () => {
    const text = PARAGRAPH.repeat(Math.ceil(10_000_000 / PARAGRAPH.length));
    const mentions = detect(text, lexicon);
    expect(mentions.length).toBeGreaterThan(100_000);
    expectValidOffsets(text, mentions.slice(0, 2000));
    expect(mentions[mentions.length - 1]!.end).toBeLessThanOrEqual(text.length);
  });

  it('handles 1 MB without a single space', () => {
    const glued = 'Facebook,Google;فيسبوك،بيانات/'.repeat(40_000);
    const mentions = detect(glued, lexicon);
    expect(mentions.length).toBeGreaterThan(100_000);
    expectValidOffsets(glued, mentions.slice(0, 5000));
    expect(detect('x'.repeat(1_000_000), lexicon)).toEqual([]);
  });
});

describe('bad input: linear time', () => {
  // Adversarial shapes: near-misses of names, proclitic chains, dense mentions and cues, gap patterns that
  // never complete, sentences without ends. Linear time means 4× the input takes about 4× as long; the
  // bound below is generous on purpose (a shared CI machine), but quadratic behaviour would blow it.
  const shapes: [string, (n: number) => string][] = [
    ['one letter', (n) => 'a'.repeat(n)],
    ['near-misses of a name', (n) => 'Faceboo '.repeat(n / 8)],
    ['Arabic proclitic chains', (n) => 'وبالفيسبو وللفيس '.repeat(n / 17)],
    ['dense mentions and cues', (n) => PARAGRAPH.repeat(n / PARAGRAPH.length)],
    ['unfinished gap patterns', (n) => 'Facebook asked the banks '.repeat(n / 25)],
    ['a name every word, no sentence end', (n) => 'Google, '.repeat(n / 8)],
    ['no spaces at all', (n) => 'Facebook'.repeat(n / 8)],
  ];
  it.each(shapes)('%s', (_, make) => {
    // Grow the input until one run takes long enough (≥ 15 ms) for timer noise not to matter.
    let n = 50_000;
    detect(make(n), lexicon); // warm-up
    while (n < 1_600_000 && timeOf(() => detect(make(n), lexicon)) < 15) n *= 2;
    const small = make(n);
    const large = make(4 * n);
    const ratio =
      timeOf(() => detect(large, lexicon)) /
      Math.max(
        1,
        timeOf(() => detect(small, lexicon)),
      );
    expect(ratio).toBeLessThan(10);
  });
});
