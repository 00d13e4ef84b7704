import { describe, expect, it } from 'vitest';
import { compileLexicon, detect, type Mention } from '../../../src/core/index';
import { bundledCompanies } from '../../../src/core/lexicon-data';

const lexicon = compileLexicon(bundledCompanies);

/** `id:kind/action` for every mention, in order. */
function verdicts(text: string): string[] {
  return detect(text, lexicon).map((m) => `${m.companyId}:${m.kind}${m.action ? `/${m.action}` : ''}`);
}

function only(text: string, id: string): Mention {
  const m = detect(text, lexicon).find((x) => x.companyId === id);
  if (!m) throw new Error(`${id} not found in: ${text}`);
  return m;
}

describe('classifier: who does what with data (English)', () => {
  it.each([
    [
      'Facebook asked several large banks to hand over customer card transactions.',
      ['facebook:data/requested'],
    ],
    ['The lawsuit says Grindr sold users’ location data to advertisers.', ['grindr:data/sold']],
    [
      'Cambridge Analytica harvested data from 87 million Facebook users.',
      ['cambridge-analytica:data/obtained', 'facebook:plain'],
    ],
    ['Patient records were sent to Meta by hospital websites.', ['meta:data/obtained']],
    [
      'The company Google collects browsing history through Chrome.',
      ['google:data/obtained', 'chrome:plain'],
    ],
    ['Hackers stole the names and birth dates of millions of Equifax customers.', ['equifax:data/leaked']],
    ['The video was posted on Facebook and watched by millions.', ['facebook:plain']],
    ['Apple released a new iPhone on Tuesday.', ['apple:plain', 'iphone:plain']],
    ['TikTok denied that it shares user data with the Chinese government.', ['tiktok:plain/denied']],
    ['Uber said it has never sold personal data.', ['uber:plain/denied']],
    [
      'JPMorgan Chase said it does not share customer transaction data with Facebook.',
      ['jpmorgan-chase:plain/denied', 'facebook:plain'],
    ],
    ['I never agreed to let Google track my location.', ['google:data/obtained']],
    ['Grindr had stopped sharing HIV status data with two vendors.', ['grindr:data/shared']],
    ['Facebook shares fell 20 percent after user data was exposed.', ['facebook:data/leaked']],
    ['The records were sent to advertisers, according to Google.', ['google:plain']],
    ['Google disclosed on Monday that it had opened an office in Riyadh.', ['google:plain']],
  ])('%s', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('classifier: who does what with data (Arabic)', () => {
  it.each([
    ['طلبت فيسبوك من البنوك الأمريكية بيانات مالية عن عملائها', ['facebook:data/requested']],
    ['باعت شركة أفاست بيانات التصفح الخاصة بمستخدميها', ['avast:data/sold']],
    ['تجمع غوغل بيانات المواقع الجغرافية للمستخدمين دون علمهم', ['google:data/obtained']],
    ['سرق قراصنة بيانات ملايين العملاء من شركة أوبر', ['uber:data/leaked']],
    ['شاهد الملايين الفيديو على يوتيوب', ['youtube:plain']],
    ['نفت شركة تيك توك مشاركة بيانات المستخدمين مع الحكومة الصينية', ['tiktok:plain/denied']],
    ['قالت واتساب إنها لا تستطيع قراءة رسائل المستخدمين', ['whatsapp:plain/denied']],
    ['أعلنت مايكروسوفت عن أرباح قياسية هذا الربع', ['microsoft:plain']],
  ])('%s', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('classifier: data types, counterparties, evidence', () => {
  it('names the data and the other parties', () => {
    const m = only('Facebook asked several large banks to hand over customer card transactions.', 'facebook');
    expect(m.dataTypes).toEqual(['financial']);
    expect(m.counterparties).toContain('banks');
    expect(m.evidence).toContain('cue:request "asked … to hand over"');
    expect(m.evidence).toContain('rule:subject-before-cue');
    expect(m.evidence).toContain('type:financial "card transactions"');
  });

  it('lists a named counterparty and leaves it plain', () => {
    const text = 'Facebook asked JPMorgan Chase to share account balances.';
    expect(verdicts(text)).toEqual(['facebook:data/requested', 'jpmorgan-chase:plain']);
    expect(only(text, 'facebook').counterparties).toContain('JPMorgan Chase');
  });

  it('quotes Arabic cues as written in the page', () => {
    const m = only('طلبت فيسبوك من البنوك الأمريكية بيانات مالية عن عملائها', 'facebook');
    expect(m.dataTypes).toEqual(['financial']);
    expect(m.counterparties).toContain('البنوك');
    expect(m.evidence.some((e) => e.startsWith('cue:request "طلبت'))).toBe(true);
  });

  it('gives a denial its data types but never kind data', () => {
    const m = only('Uber said it has never sold personal data.', 'uber');
    expect(m.kind).toBe('plain');
    expect(m.dataTypes).toEqual(['other']);
    expect(m.evidence.some((e) => e.startsWith('cue:negated'))).toBe(true);
  });

  it('gives plain mentions no data types', () => {
    const [m] = detect('Users shared their holiday photos on Facebook.', lexicon);
    expect(m).toMatchObject({ kind: 'plain', dataTypes: [], counterparties: [] });
    expect(m?.evidence).toContain('role:platform "on"');
  });

  it('gives each mention arrays of its own, even two data mentions of one sentence', () => {
    const [facebook, google] = detect(
      'Facebook asked banks for financial data, and Google collected location data.',
      lexicon,
    );
    expect(facebook).toMatchObject({ kind: 'data', dataTypes: ['financial', 'location'] });
    expect(google).toMatchObject({ kind: 'data', dataTypes: ['financial', 'location'] });
    facebook!.dataTypes.push('health');
    facebook!.evidence.push('edited');
    expect(google!.dataTypes).toEqual(['financial', 'location']);
    expect(google!.evidence).not.toContain('edited');
  });
});
