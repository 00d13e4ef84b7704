import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/index';
import { TEST_LEXICON } from './detect-fixtures';

function ids(text: string, pageCompanies?: ReadonlySet<string>): string[] {
  return detect(text, TEST_LEXICON, pageCompanies ? { pageCompanies } : {}).map((m) => m.companyId);
}

describe('ambiguous aliases need evidence', () => {
  it.each([
    ['a lower-case word is the word', 'She ate an apple and read about the amazon basin.', []],
    ['fruit context', 'Apple pie and apple juice are sweet.', []],
    ['fruit context, capitalised mid-sentence', 'The vitamins in Apple help digestion.', []],
    ['river context', 'The Amazon River is 4,000 miles long.', []],
    ['a company cue after the name', 'Apple Inc. reported earnings.', ['apple']],
    ['a company cue before the name', 'Shares of the company Amazon rose.', ['amazon']],
    ['a possessive', "Amazon's warehouses are huge.", ['amazon']],
    ['a data cue in the sentence', 'Amazon collects voice recordings from its speakers.', ['amazon']],
    ['named beside a known company', 'Apple and Google both sell phones.', ['apple', 'google']],
    ['capitalised in mid-sentence', 'The rumour is that Meta will ship it soon.', ['meta']],
    ['the tail of another proper name', 'Crowds filled Times Square last night.', []],
    [
      'a one-letter name after another name',
      'Apple Inc. sold the iPhone X and Google the Pixel.',
      ['apple', 'google'],
    ],
    ['a one-letter name with a company cue', 'She posted it on X, formerly Twitter.', ['x']],
    ['a one-letter name in a list', 'تداولته حسابات على فيسبوك وإكس', ['facebook', 'x']],
    ['Arabic: the article makes the ordinary noun', 'يبدأ نهر الأمازون من جبال الأنديز', []],
    ['Arabic: a company word before the name', 'أعلنت شركة أمازون نتائجها', ['amazon']],
    ['Arabic: a common word without context', 'ارتفعت طلبات المستخدمين هذا العام', []],
    ['Arabic: a quoted brand name', 'يعمل تطبيق «طلبات» في الكويت', ['talabat']],
    ['Arabic: in a list of companies', 'تتنافس فيسبوك وجوجل وأمازون', ['facebook', 'google', 'amazon']],
    [
      'named unambiguously elsewhere in the text',
      'Apple Inc. makes phones. Apple is large.',
      ['apple', 'apple'],
    ],
  ])('%s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('takes page-level evidence from the caller', () => {
    expect(ids('Apple is large.')).toEqual([]);
    expect(ids('Apple is large.', new Set(['apple']))).toEqual(['apple']);
  });

  it('says which evidence made an ambiguous alias count', () => {
    const [m] = detect('أعلنت شركة أمازون نتائجها', TEST_LEXICON);
    expect(m?.evidence).toContain('context:company-cue "شركة"');
  });
});
