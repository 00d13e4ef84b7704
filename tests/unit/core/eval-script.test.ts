import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Made-up labelled sentences in the eval format (the real eval sentences never enter the repository). */
const ROWS = [
  {
    id: 'en-1',
    lang: 'en',
    text: 'Grindr sold location data to brokers.',
    companies: ['Grindr'],
    data_request: true,
    data_types: ['location'],
    stance: 'obtained',
  },
  {
    id: 'en-2',
    lang: 'en',
    text: 'Apple Inc. released a phone.',
    companies: ['Apple'],
    data_request: false,
    data_types: [],
    stance: 'none',
  },
  {
    id: 'ar-1',
    lang: 'ar',
    text: 'طلبت فيسبوك من البنوك بيانات مالية',
    companies: ['Facebook'],
    data_request: true,
    data_types: ['financial'],
    stance: 'request',
  },
  {
    id: 'ar-2',
    lang: 'ar',
    text: 'نشر الفيديو على يوتيوب',
    companies: ['YouTube'],
    data_request: false,
    data_types: [],
    stance: 'none',
  },
];

function run(...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  const file = join(dir, 'rows.jsonl');
  writeFileSync(file, ROWS.map((r) => JSON.stringify(r)).join('\n'));
  return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), file, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run eval', () => {
  it('prints exactly one JSON object with --json', () => {
    const out = run('--json');
    const result = JSON.parse(out) as Record<string, Record<string, Record<string, number>>>;
    expect(Object.keys(result).sort()).toEqual(['ar', 'en']);
    expect(result.en!.company).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(result.en!.dataRequest).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(result.ar!.dataRequest).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(Object.keys(result.ar!)).toEqual(['company', 'dataRequest', 'dataTypes']);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('prints metrics per language and the list of errors without --json', () => {
    const out = run();
    expect(out).toMatch(/^en: /m);
    expect(out).toMatch(/^ar: /m);
    expect(out).toMatch(/0 sentences with errors/);
  });
});
