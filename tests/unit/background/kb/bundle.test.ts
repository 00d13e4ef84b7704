/**
 * The bundled knowledge base against docs/DATA-FORMATS.md: every report well-formed, ids unique, companies known,
 * http(s) sources only, both languages present. Data files are written by hand: this is their spell-checker.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../../../data/bundle';
import meta from '../../../../data/meta.json';
import { ACTIONS, DATA_TYPES } from '../../../../src/core/types';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const bilingual = v.strictObject({
  en: text,
  ar: v.pipe(text, v.regex(/[\u0600-\u06ff]/, 'needs Arabic text')),
});
const https = v.pipe(v.string(), v.regex(/^https:\/\/[^\s]+$/, 'must be an https URL'));

const reportSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)),
  date: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/)),
  companies: v.pipe(v.array(v.string()), v.minLength(1)),
  counterparties: v.array(text),
  dataTypes: v.pipe(v.array(v.picklist(DATA_TYPES)), v.minLength(1)),
  action: v.picklist(ACTIONS),
  outlets: v.pipe(v.array(text), v.minLength(1)),
  sourceUrls: v.pipe(v.array(https), v.minLength(1)),
  title: bilingual,
  summary: bilingual,
  outcome: bilingual,
});

describe('the bundled knowledge base', () => {
  it('has a version and an "as of" date', () => {
    expect(meta.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(bundle).toMatchObject({ version: meta.version, asOf: meta.asOf });
  });

  it('holds at least 50 reports, sorted by id, each id once', () => {
    const ids = bundle.reports.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(50);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes the August 2018 Facebook–banks reports and their context', () => {
    const ids = new Set(bundle.reports.map((r) => r.id));
    for (const id of ['FB-BANKS-WSJ-2018', 'FB-BANKS-DENIAL-2018', 'GOOGLE-AMAZON-BANKS-2018', 'CA-2018']) {
      expect(ids, id).toContain(id);
    }
  });

  it.each(bundle.reports.map((r) => [r.id, r] as const))('%s is well-formed', (_id, report) => {
    const checked = v.safeParse(reportSchema, report);
    expect(checked.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? []).toEqual(
      [],
    );
    const known = new Set(bundle.companies.map((c) => c.id));
    expect(report.companies.filter((id) => !known.has(id))).toEqual([]);
    expect(report.date <= meta.asOf).toBe(true);
  });

  it('has company parents that exist', () => {
    const known = new Set(bundle.companies.map((c) => c.id));
    expect(
      bundle.companies.filter((c) => c.parent !== null && !known.has(c.parent)).map((c) => c.id),
    ).toEqual([]);
  });
});
