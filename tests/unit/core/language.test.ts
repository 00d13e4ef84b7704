import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../../src/core/language';

const SEED_DIR = fileURLToPath(new URL('../../../../shared/seed/', import.meta.url));
const seedFile = readdirSync(SEED_DIR).find((name) => name.endsWith('.txt')) ?? '';
const seed = readFileSync(SEED_DIR + seedFile, 'utf8');

const ENGLISH =
  'Facebook asked several large U.S. banks to share detailed financial information about their customers, ' +
  'including card transactions and checking-account balances, according to a report in the Journal.';
const SPANISH =
  'Twitter Lite se estrena en México, Venezuela y otros nueve países. La aplicación consume menos datos ' +
  'y funciona en redes lentas, según la compañía.';

describe('primaryLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN_gb', 'en'],
    ['ar-EG', 'ar'],
    [' es ', 'es'],
    ['zh-Hant-TW', 'zh'],
    ['fil', 'fil'],
  ])('%j → %s', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });

  it.each([undefined, null, '', 'und', 'mul', 'zxx', 'english', 'e', '12', 'en-', 'x-klingon', '<script>'])(
    '%j → null',
    (tag) => {
      expect(primaryLanguage(tag)).toBeNull();
    },
  );
});

describe('detectLanguage', () => {
  it('a valid declared language wins over the script', () => {
    expect(detectLanguage(seed, 'en')).toBe('en');
    expect(detectLanguage(ENGLISH, 'ar-SA')).toBe('ar');
    expect(detectLanguage(SPANISH, 'es')).toBe('es');
  });

  it('an invalid or undetermined declared language falls back to the script', () => {
    expect(detectLanguage(seed, 'und')).toBe('ar');
    expect(detectLanguage(seed, 'arabic')).toBe('ar');
    expect(detectLanguage(ENGLISH, '')).toBe('en');
  });

  it.each([
    ['the Arabic seed', seed, 'ar'],
    ['English prose', ENGLISH, 'en'],
    ['Spanish prose (Latin script, not English)', SPANISH, 'und'],
    ['Arabic with English brand names', 'طلبت شركة Facebook من بنك Citibank بيانات العملاء المصرفية', 'ar'],
    ['Hebrew', 'פייסבוק ביקשה מהבנקים מידע על הלקוחות', 'he'],
    ['Greek', 'Το Facebook ζήτησε από τις τράπεζες στοιχεία πελατών', 'el'],
    ['Japanese (kanji and kana)', 'フェイスブックは銀行に顧客の金融情報を求めた', 'ja'],
    ['Chinese', '脸书要求银行提供客户的财务信息', 'zh'],
    ['Korean', '페이스북은 은행에 고객 금융 정보를 요청했다', 'ko'],
    ['Russian (Cyrillic: many languages)', 'Фейсбук запросил у банков данные клиентов', 'und'],
    ['digits and punctuation only', '2018-08-06 — 12:00 (+3)', 'und'],
    ['empty', '', 'und'],
  ])('%s → %s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('reads only a sample of a huge text: its beginning decides', () => {
    // Over 20,000 characters of English, then millions of characters of Arabic: a detector that read the
    // whole text would say 'ar' (and take time in proportion; its speed is not timed here).
    const englishHead = ENGLISH.repeat(Math.ceil(25_000 / ENGLISH.length));
    const huge = englishHead + seed.repeat(Math.ceil(2_000_000 / seed.length));
    expect(detectLanguage(huge)).toBe('en');
    expect(detectLanguage(seed.repeat(Math.ceil(25_000 / seed.length)) + englishHead.repeat(100))).toBe('ar');
  });
});
