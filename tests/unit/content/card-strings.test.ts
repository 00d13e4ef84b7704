import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import strings from '../../../src/content/card/card-strings.json';
import { translate } from '../../../src/content/card/strings';

const root = resolve(import.meta.dirname, '../../..');
const locale = (lang: string) =>
  JSON.parse(readFileSync(resolve(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    unknown
  >;

describe('card strings', () => {
  it.each(['en', 'ar'] as const)(
    'are the card keys of _locales/%s (run `npm run content-data` after editing)',
    (lang) => {
      const all = locale(lang);
      const expected = Object.fromEntries(
        Object.entries(all).filter(([key]) => /^(describe_|dt_|card|announce|and_list$)/.test(key)),
      );
      expect(strings[lang]).toEqual(expected);
    },
  );

  it('fill placeholders in both languages', () => {
    expect(translate('en', 'describe_requested_from', 'Facebook', 'financial data', 'banks')).toBe(
      'Facebook asks banks for financial data',
    );
    expect(translate('ar', 'describe_requested_from', 'فيسبوك', 'البيانات المالية', 'البنوك')).toBe(
      'فيسبوك تطلب البيانات المالية من البنوك',
    );
  });
});
