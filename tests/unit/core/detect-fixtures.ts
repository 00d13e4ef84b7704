/** Small inline lexicons for the detector's tests (the bundled lexicon is tested separately). */
import { compileLexicon, type CompanyRecord } from '../../../src/core/index';

/** A record with defaults for the fields detection does not read. */
export function company(
  id: string,
  en: string[],
  ar: string[] = [],
  ambiguous: string[] = [],
  parent: string | null = null,
): CompanyRecord {
  return {
    id,
    name: en[0] ?? id,
    kind: 'other',
    parent,
    aliases: { en, ar },
    ambiguousAliases: ambiguous,
    domain: null,
    sources: [],
  };
}

export const TEST_COMPANIES: CompanyRecord[] = [
  company('facebook', ['Facebook', 'FB'], ['فيسبوك', 'فيس بوك', 'الفيسبوك']),
  company('meta', ['Meta', 'Meta Platforms'], ['ميتا'], ['Meta']),
  company('google', ['Google'], ['جوجل', 'غوغل']),
  company('apple', ['Apple', 'Apple Inc.'], ['أبل', 'آبل'], ['Apple']),
  company('amazon', ['Amazon', 'Amazon.com'], ['أمازون'], ['Amazon', 'أمازون']),
  company('mozilla', ['Mozilla'], ['موزيلا']),
  company('snapchat', ['Snapchat'], ['سناب شات', 'السناب']),
  company('talabat', ['Talabat', 'talabat'], ['طلبات'], ['طلبات']),
  company('wells-fargo', ['Wells Fargo'], ['ويلز فارغو']),
  company('jpmorgan-chase', ['JPMorgan Chase', 'JPMorgan'], ['جي بي مورغان']),
  company('square', ['Square'], [], ['Square']),
  company('x', ['X'], ['إكس'], ['X', 'إكس']),
];

export const TEST_LEXICON = compileLexicon(TEST_COMPANIES);
